-- An import's upload, confirmation and report download are audited; the subject is whoever is on the imported
-- list, named by the import's id (the people have no ids in Samverka before the import).
ALTER TABLE audit_log DROP CONSTRAINT audit_log_subject_kind_ck;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_subject_kind_ck
  CHECK (subject_kind IN ('VOLUNTEER', 'RESIDENT', 'ACCOUNT', 'IDEA_CONTACT', 'MESSAGE_RECIPIENT', 'IMPORTED_LIST'));
