-- The collaboration body (samverkansorganet): each department's representatives, and the register of agreements
-- and partnerships between a department and an organisation, with follow-up dates, their reminders and documents.

-- account.role was VARCHAR(20): too short for DEPARTMENT_REPRESENTATIVE (25 characters), added in V65.
ALTER TABLE account ALTER COLUMN role SET DATA TYPE VARCHAR(40);

CREATE TABLE collaboration_representative (
  id             UUID NOT NULL PRIMARY KEY,
  department_id  VARCHAR(40) NOT NULL REFERENCES department (id) ON DELETE CASCADE,
  account_id     UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT collaboration_representative_uk UNIQUE (department_id, account_id)
);
CREATE INDEX collaboration_representative_account_idx ON collaboration_representative (account_id);

CREATE TABLE agreement (
  id                          UUID NOT NULL PRIMARY KEY,
  department_id               VARCHAR(40) NOT NULL REFERENCES department (id),
  organisation_id             UUID NOT NULL REFERENCES organisation (id),
  type                        VARCHAR(20) NOT NULL,
  title                       VARCHAR(200) NOT NULL,
  description                 VARCHAR(4000) NOT NULL,
  starts_on                   DATE NOT NULL,
  ends_on                     DATE,
  amount_sek                  DECIMAL(14, 2),
  municipal_contact_name      VARCHAR(120) NOT NULL,
  municipal_contact_email     VARCHAR(254) NOT NULL,
  organisation_contact_name   VARCHAR(120) NOT NULL,
  organisation_contact_email  VARCHAR(254) NOT NULL,
  status                      VARCHAR(12) NOT NULL,
  created_by                  VARCHAR(254) NOT NULL,
  created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT agreement_type_ck CHECK (type IN ('IOP', 'OVERENSKOMMELSE', 'FORENINGSBIDRAG', 'UPPHANDLING', 'INFORMAL')),
  CONSTRAINT agreement_status_ck CHECK (status IN ('DRAFT', 'ACTIVE', 'ENDED', 'TERMINATED')),
  CONSTRAINT agreement_period_ck CHECK (ends_on IS NULL OR ends_on >= starts_on),
  CONSTRAINT agreement_end_ck CHECK (ends_on IS NOT NULL OR type = 'INFORMAL'),
  CONSTRAINT agreement_amount_ck CHECK (amount_sek IS NULL OR amount_sek >= 0)
);
CREATE INDEX agreement_department_idx ON agreement (department_id);
CREATE INDEX agreement_organisation_idx ON agreement (organisation_id);
CREATE INDEX agreement_ends_idx ON agreement (ends_on);

CREATE TABLE agreement_follow_up (
  id            UUID NOT NULL PRIMARY KEY,
  agreement_id  UUID NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  due_on        DATE NOT NULL,
  note          VARCHAR(1000) NOT NULL,
  done          BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX agreement_follow_up_agreement_idx ON agreement_follow_up (agreement_id);
CREATE INDEX agreement_follow_up_due_idx ON agreement_follow_up (due_on);

-- One row per reminder sent: the key makes each kind of reminder go out once per follow-up.
CREATE TABLE agreement_follow_up_reminder (
  follow_up_id  UUID NOT NULL REFERENCES agreement_follow_up (id) ON DELETE CASCADE,
  kind          VARCHAR(12) NOT NULL,
  sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (follow_up_id, kind),
  CONSTRAINT agreement_follow_up_reminder_kind_ck CHECK (kind IN ('WEEK_BEFORE', 'ON_DAY'))
);

CREATE TABLE agreement_document (
  id            UUID NOT NULL PRIMARY KEY,
  agreement_id  UUID NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  title         VARCHAR(200) NOT NULL,
  url           VARCHAR(2000) NOT NULL,
  added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT agreement_document_url_ck CHECK (url LIKE 'http://%' OR url LIKE 'https://%')
);
CREATE INDEX agreement_document_agreement_idx ON agreement_document (agreement_id);
