-- The yearly "is this still right?" check: when the admins were last reminded (once per confirmation), and
-- the language the organisation applied in, for the e-mails Samverka sends it.
ALTER TABLE organisation ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organisation ADD COLUMN language VARCHAR(2) DEFAULT 'sv' NOT NULL;
CREATE INDEX organisation_confirmed_idx ON organisation (status, confirmed_at);
