-- Reads, exports and erasures of spontaneous volunteers are written to the audit log (issue 17). Keeps the kinds
-- V231 allowed (imported lists, issue 18).
ALTER TABLE audit_log DROP CONSTRAINT audit_log_subject_kind_ck;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_subject_kind_ck
  CHECK (subject_kind IN ('VOLUNTEER', 'RESIDENT', 'ACCOUNT', 'IDEA_CONTACT', 'MESSAGE_RECIPIENT', 'IMPORTED_LIST',
    'SPONTANEOUS'));
