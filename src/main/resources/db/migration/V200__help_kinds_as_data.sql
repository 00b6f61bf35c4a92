-- Kinds of help are data (issue 16, point 4): administrators add, rename, order and retire them, each with the
-- safeguarding level it needs. A kind is never deleted, so every stored request, offer, shift and call-out keeps
-- its kind; retired_at only stops it being offered for new choices. help_kind_name keeps every name a kind has
-- had, from when, so that older requests show the name used at the time.
CREATE TABLE help_kind (
  code               VARCHAR(30) NOT NULL PRIMARY KEY,
  name_sv            VARCHAR(60) NOT NULL,
  name_en            VARCHAR(60) NOT NULL,
  sort_order         INT NOT NULL,
  safeguarding_level INT NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  retired_at         TIMESTAMP WITH TIME ZONE,
  CONSTRAINT help_kind_name_sv_uk UNIQUE (name_sv),
  CONSTRAINT help_kind_name_en_uk UNIQUE (name_en),
  CONSTRAINT help_kind_level_ck CHECK (safeguarding_level BETWEEN 0 AND 2),
  CONSTRAINT help_kind_names_ck CHECK (LENGTH(TRIM(name_sv)) > 0 AND LENGTH(TRIM(name_en)) > 0)
);

CREATE TABLE help_kind_name (
  code       VARCHAR(30) NOT NULL REFERENCES help_kind (code),
  valid_from TIMESTAMP WITH TIME ZONE NOT NULL,
  name_sv    VARCHAR(60) NOT NULL,
  name_en    VARCHAR(60) NOT NULL,
  PRIMARY KEY (code, valid_from)
);

-- The five kinds Samverka started with, their names from the message bundles and the levels SafeguardingProperties
-- gave them (phone companionship needs no check, everything at the door an identity check and the pledge).
INSERT INTO help_kind (code, name_sv, name_en, sort_order, safeguarding_level, created_at) VALUES
  ('SHOPPING', 'Handling', 'Shopping', 1, 1, '2020-03-01 00:00:00+00:00'),
  ('PHARMACY', 'Apoteksärende', 'Pharmacy errand', 2, 1, '2020-03-01 00:00:00+00:00'),
  ('OTHER_ERRAND', 'Annat ärende', 'Other errand', 3, 1, '2020-03-01 00:00:00+00:00'),
  ('PHONE_COMPANIONSHIP', 'Telefonsällskap', 'Phone companionship', 4, 0, '2020-03-01 00:00:00+00:00'),
  ('TRANSPORT', 'Skjuts', 'Lift', 5, 1, '2020-03-01 00:00:00+00:00');

INSERT INTO help_kind_name (code, valid_from, name_sv, name_en)
  SELECT code, created_at, name_sv, name_en FROM help_kind;

-- Every column that holds a kind of help names a row of help_kind instead of a fixed list.
ALTER TABLE volunteer_help_kind DROP CONSTRAINT volunteer_help_kind_ck;
ALTER TABLE volunteer_help_kind ADD CONSTRAINT volunteer_help_kind_kind_fk FOREIGN KEY (kind) REFERENCES help_kind (code);
ALTER TABLE help_request DROP CONSTRAINT help_request_kind_ck;
ALTER TABLE help_request ADD CONSTRAINT help_request_kind_fk FOREIGN KEY (kind) REFERENCES help_kind (code);
ALTER TABLE callout ADD CONSTRAINT callout_kind_fk FOREIGN KEY (kind) REFERENCES help_kind (code);
ALTER TABLE effort_shift_kind ADD CONSTRAINT effort_shift_kind_kind_fk FOREIGN KEY (kind) REFERENCES help_kind (code);
CREATE INDEX help_request_kind_idx ON help_request (kind);
CREATE INDEX callout_kind_idx ON callout (kind);
CREATE INDEX effort_shift_kind_kind_idx ON effort_shift_kind (kind);
