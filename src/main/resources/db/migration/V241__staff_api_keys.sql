-- Issue 18 point 1: read-only API keys of the municipality's staff for the overview's statistics; created and
-- revoked by an administrator. Only the SHA-256 of the key is kept.
CREATE TABLE staff_api_key (
  id            UUID PRIMARY KEY,
  name          VARCHAR(80) NOT NULL,
  key_hash      VARCHAR(64) NOT NULL,
  prefix        VARCHAR(16) NOT NULL,
  created_by    VARCHAR(254) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at  TIMESTAMP WITH TIME ZONE,
  revoked_by    VARCHAR(254),
  revoked_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT staff_api_key_hash_uq UNIQUE (key_hash)
);
