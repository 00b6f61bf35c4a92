-- Rate-limit token buckets shared by every instance (Bucket4j's PostgreSQL proxy manager, see web/PostgresBuckets).
-- id: SHA-256 of the limit's key (never the address itself); expires_at: epoch milliseconds after which the bucket
-- is full again and the row may go (the rate-limit-cleanup task deletes it).
CREATE TABLE rate_limit_bucket (
  id         VARCHAR(64) NOT NULL PRIMARY KEY,
  state      BYTEA,
  expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires_idx ON rate_limit_bucket (expires_at);
