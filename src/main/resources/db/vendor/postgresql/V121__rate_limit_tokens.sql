-- Rate-limit token buckets shared by every instance, one upsert per take (web/PostgresBuckets, ADR 0013); they
-- replace Bucket4j's rows of V90. id: SHA-256 of the limit's key (never the address itself); capacity and per_ms:
-- the limit (tokens, refill per millisecond); tokens and refilled_at (epoch ms): the bucket after the last take;
-- took: whether the last take got a token; expires_at (epoch ms): after it the bucket is full again and the row may
-- go (the rate-limit-cleanup task deletes it).
CREATE TABLE rate_limit_token (
  id          VARCHAR(64)      NOT NULL PRIMARY KEY,
  capacity    DOUBLE PRECISION NOT NULL CHECK (capacity >= 1),
  per_ms      DOUBLE PRECISION NOT NULL CHECK (per_ms > 0),
  tokens      DOUBLE PRECISION NOT NULL CHECK (tokens >= 0),
  refilled_at BIGINT           NOT NULL,
  took        BOOLEAN          NOT NULL,
  expires_at  BIGINT           NOT NULL
);
CREATE INDEX rate_limit_token_expires_idx ON rate_limit_token (expires_at);
DROP TABLE rate_limit_bucket;
