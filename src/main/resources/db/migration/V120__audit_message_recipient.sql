-- Every view of a message in the Utkorg is audited; its subject is the message's recipient, named by the message id.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_subject_kind_ck;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_subject_kind_ck
  CHECK (subject_kind IN ('VOLUNTEER', 'RESIDENT', 'ACCOUNT', 'IDEA_CONTACT', 'MESSAGE_RECIPIENT'));
