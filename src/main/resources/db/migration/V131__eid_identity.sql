-- A volunteer's verified e-ID (issue 14, point 2). The personnummer is never stored: only an HMAC-SHA256 of it under
-- a key kept outside the database (SAMVERKA_EID_HASH_KEY), unique so that a second account with the same identity
-- is refused. One identity per account.
CREATE TABLE eid_identity (
  account_id    UUID NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
  identity_hash VARCHAR(64) NOT NULL,
  verified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT eid_identity_hash_uk UNIQUE (identity_hash),
  CONSTRAINT eid_identity_hash_ck CHECK (LENGTH(identity_hash) = 64)
);
