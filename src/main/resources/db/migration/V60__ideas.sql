-- Idélabbet: ideas from residents and associations, coached by the municipality's coaches (role COACH).

ALTER TABLE account DROP CONSTRAINT account_role_ck;
ALTER TABLE account ADD CONSTRAINT account_role_ck CHECK (role IN ('ADMIN', 'COORDINATOR', 'VOLUNTEER', 'REPRESENTATIVE', 'COACH'));
ALTER TABLE account DROP CONSTRAINT account_password_ck;
ALTER TABLE account ADD CONSTRAINT account_password_ck CHECK ((role IN ('VOLUNTEER', 'REPRESENTATIVE') AND password_hash IS NULL)
                                                          OR (role IN ('ADMIN', 'COORDINATOR', 'COACH') AND password_hash IS NOT NULL));

CREATE TABLE idea (
  id                UUID NOT NULL PRIMARY KEY,
  title             VARCHAR(200) NOT NULL,
  description       VARCHAR(4000) NOT NULL,
  for_whom          VARCHAR(1000) NOT NULL,
  submitter_name    VARCHAR(120) NOT NULL,
  submitter_email   VARCHAR(254) NOT NULL,
  submitter_phone   VARCHAR(20),
  organisation_name VARCHAR(200),
  language          VARCHAR(5) NOT NULL DEFAULT 'sv',
  consent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  -- one of samverka.idea.stages; the names are configuration, so no check constraint
  stage             VARCHAR(40) NOT NULL,
  outcome           VARCHAR(2000),
  coach_id          UUID REFERENCES account (id) ON DELETE SET NULL,
  -- the effort a launched idea became
  effort_id         UUID REFERENCES effort (id) ON DELETE SET NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idea_stage_ix ON idea (stage);
CREATE INDEX idea_coach_ix ON idea (coach_id);

CREATE TABLE idea_district (
  idea_id     UUID NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
  district_id VARCHAR(40) NOT NULL,
  PRIMARY KEY (idea_id, district_id)
);

CREATE TABLE idea_help (
  idea_id UUID NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
  help    VARCHAR(20) NOT NULL,
  PRIMARY KEY (idea_id, help),
  CONSTRAINT idea_help_ck CHECK (help IN ('COACHING', 'PREMISES', 'CONTACTS', 'FUNDING', 'VOLUNTEERS'))
);

-- every change of stage, for the idea's history
CREATE TABLE idea_stage_change (
  id         UUID NOT NULL PRIMARY KEY,
  idea_id    UUID NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
  stage      VARCHAR(40) NOT NULL,
  changed_by VARCHAR(120) NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE idea_session (
  id         UUID NOT NULL PRIMARY KEY,
  idea_id    UUID NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
  held_on    DATE NOT NULL,
  notes      VARCHAR(4000) NOT NULL,
  coach_id   UUID REFERENCES account (id) ON DELETE SET NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- agreed next steps; the coach is reminded once, on the due date
CREATE TABLE idea_step (
  id          UUID NOT NULL PRIMARY KEY,
  idea_id     UUID NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
  session_id  UUID NOT NULL REFERENCES idea_session (id) ON DELETE CASCADE,
  description VARCHAR(500) NOT NULL,
  owner       VARCHAR(200) NOT NULL,
  due_on      DATE NOT NULL,
  reminded_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idea_step_due_ix ON idea_step (due_on);

-- people and organisations involved; organisation_id links an approved organisation of the register
CREATE TABLE idea_party (
  id              UUID NOT NULL PRIMARY KEY,
  idea_id         UUID NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
  organisation_id UUID REFERENCES organisation (id) ON DELETE SET NULL,
  name            VARCHAR(200) NOT NULL,
  part            VARCHAR(200)
);

-- funding sought, as facts the coach records
CREATE TABLE idea_funding (
  id         UUID NOT NULL PRIMARY KEY,
  idea_id    UUID NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
  source     VARCHAR(200) NOT NULL,
  amount     NUMERIC(12, 0),
  status     VARCHAR(10) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT idea_funding_status_ck CHECK (status IN ('APPLIED', 'GRANTED', 'REJECTED'))
);
