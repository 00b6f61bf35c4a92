-- Issue 18: an organisation's API keys (only the SHA-256 of the key is kept) and the private calendar feeds of
-- volunteers and organisations (only the SHA-256 of the feed's token is kept).
CREATE TABLE api_key (
  id               UUID PRIMARY KEY,
  organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  name             VARCHAR(80) NOT NULL,
  key_hash         VARCHAR(64) NOT NULL,
  prefix           VARCHAR(16) NOT NULL,
  created_by       VARCHAR(254) NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at     TIMESTAMP WITH TIME ZONE,
  revoked_by       VARCHAR(254),
  revoked_at       TIMESTAMP WITH TIME ZONE,
  CONSTRAINT api_key_hash_uq UNIQUE (key_hash)
);
CREATE INDEX api_key_organisation_idx ON api_key (organisation_id);

CREATE TABLE calendar_feed (
  id          UUID PRIMARY KEY,
  owner_kind  VARCHAR(12) NOT NULL,
  owner_id    UUID NOT NULL,
  token_hash  VARCHAR(64) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT calendar_feed_kind_ck CHECK (owner_kind IN ('VOLUNTEER', 'ORGANISATION')),
  CONSTRAINT calendar_feed_owner_uq UNIQUE (owner_kind, owner_id),
  CONSTRAINT calendar_feed_token_uq UNIQUE (token_hash)
);
