-- Consent records per purpose (issue 5). active_key holds kind:id:purpose while the consent holds and NULL once it is
-- withdrawn, so the unique key allows one holding consent per person and purpose and any number of withdrawn ones
-- (H2 has no partial indexes).
CREATE TABLE consent_record (
  id              UUID NOT NULL PRIMARY KEY,
  person_kind     VARCHAR(20) NOT NULL,
  person_id       UUID NOT NULL,
  purpose         VARCHAR(30) NOT NULL,
  notice_version  VARCHAR(20) NOT NULL,
  given_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by     VARCHAR(254) NOT NULL,
  withdrawn_at    TIMESTAMP WITH TIME ZONE,
  active_key      VARCHAR(120),
  CONSTRAINT consent_record_active_uk UNIQUE (active_key),
  CONSTRAINT consent_record_kind_ck CHECK (person_kind IN ('VOLUNTEER', 'RESIDENT', 'ACCOUNT', 'IDEA_CONTACT')),
  CONSTRAINT consent_record_purpose_ck CHECK (purpose IN ('VOLUNTEER_REGISTER', 'SHARE_WITH_ASSOCIATION', 'RISK_GROUP_DATA', 'IDEA_CONTACT')),
  CONSTRAINT consent_record_active_ck CHECK ((withdrawn_at IS NULL AND active_key IS NOT NULL) OR (withdrawn_at IS NOT NULL AND active_key IS NULL))
);
CREATE INDEX consent_record_person_idx ON consent_record (person_kind, person_id);
