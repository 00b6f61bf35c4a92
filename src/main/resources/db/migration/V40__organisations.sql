-- Associations (föreningar, churches, networks) that apply, are vetted by municipal staff and run their own
-- efforts; their representatives; and the municipality's departments (förvaltningar).

ALTER TABLE account DROP CONSTRAINT account_role_ck;
ALTER TABLE account ADD CONSTRAINT account_role_ck CHECK (role IN ('ADMIN', 'COORDINATOR', 'VOLUNTEER', 'REPRESENTATIVE'));
ALTER TABLE account DROP CONSTRAINT account_password_ck;
ALTER TABLE account ADD CONSTRAINT account_password_ck CHECK ((role IN ('VOLUNTEER', 'REPRESENTATIVE') AND password_hash IS NULL)
                                                          OR (role IN ('ADMIN', 'COORDINATOR') AND password_hash IS NOT NULL));

CREATE TABLE organisation (
  id               UUID NOT NULL PRIMARY KEY,
  name             VARCHAR(200) NOT NULL,
  -- 10 digits, NNNNNN-NNNN; optional for informal networks
  org_number       VARCHAR(11),
  form             VARCHAR(30) NOT NULL,
  purpose          VARCHAR(2000) NOT NULL,
  website          VARCHAR(300),
  email            VARCHAR(254) NOT NULL,
  phone            VARCHAR(16),
  status           VARCHAR(10) NOT NULL,
  decision_reason  VARCHAR(1000),
  decided_by       VARCHAR(200),
  decided_at       TIMESTAMP WITH TIME ZONE,
  applied_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  -- the last time a representative said the page is still right (the yearly check)
  confirmed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT organisation_name_uk UNIQUE (name),
  CONSTRAINT organisation_number_uk UNIQUE (org_number),
  CONSTRAINT organisation_number_ck CHECK (org_number IS NULL OR LENGTH(org_number) = 11),
  CONSTRAINT organisation_form_ck CHECK (form IN ('IDEELL_FORENING', 'STIFTELSE', 'TROSSAMFUND',
                                                  'EKONOMISK_FORENING', 'NATVERK')),
  CONSTRAINT organisation_status_ck CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
  CONSTRAINT organisation_rejected_ck CHECK (status <> 'REJECTED' OR decision_reason IS NOT NULL)
);
CREATE INDEX organisation_status_idx ON organisation (status, name);

CREATE TABLE organisation_district (
  organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  district_id      VARCHAR(40) NOT NULL REFERENCES district (id),
  PRIMARY KEY (organisation_id, district_id)
);

-- What the organisation does: kinds of activity, a fixed list in the code (ActivityKind).
CREATE TABLE organisation_activity (
  organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  activity         VARCHAR(30) NOT NULL,
  PRIMARY KEY (organisation_id, activity)
);

-- Representatives: who may act for the organisation in Samverka, as its admin or as a coordinator.
CREATE TABLE organisation_member (
  organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  account_id       UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  role             VARCHAR(12) NOT NULL,
  name             VARCHAR(120) NOT NULL,
  email            VARCHAR(254) NOT NULL,
  phone            VARCHAR(16),
  is_contact       BOOLEAN DEFAULT FALSE NOT NULL,
  added_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (organisation_id, account_id),
  CONSTRAINT organisation_member_role_ck CHECK (role IN ('ADMIN', 'COORDINATOR'))
);
CREATE INDEX organisation_member_account_idx ON organisation_member (account_id);

CREATE TABLE department (
  id          VARCHAR(40) NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  sort_order  INT NOT NULL,
  active      BOOLEAN DEFAULT TRUE NOT NULL,
  CONSTRAINT department_name_uk UNIQUE (name)
);

-- Municipal staff working for a department (coordinators and administrators).
CREATE TABLE department_member (
  department_id  VARCHAR(40) NOT NULL REFERENCES department (id) ON DELETE CASCADE,
  account_id     UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  PRIMARY KEY (department_id, account_id)
);

INSERT INTO department (id, name, sort_order) VALUES
  ('ksf', 'Kommunstyrelseförvaltningen', 10),
  ('sof', 'Socialförvaltningen', 20),
  ('buf', 'Barn- och utbildningsförvaltningen', 30),
  ('kff', 'Kultur- och fritidsförvaltningen', 40),
  ('mbf', 'Miljö- och byggnadsförvaltningen', 50);
