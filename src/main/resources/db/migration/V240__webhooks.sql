-- Issue 18 point 4: an association's outgoing webhooks. The signing secret is kept as it is (the sender needs it
-- to sign); each delivery is one row per event and endpoint, so a redelivered event gives one delivery only.
CREATE TABLE webhook_endpoint (
  id               UUID PRIMARY KEY,
  organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  url              VARCHAR(500) NOT NULL,
  events           VARCHAR(200) NOT NULL,
  secret           VARCHAR(100) NOT NULL,
  created_by       VARCHAR(254) NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  disabled_at      TIMESTAMP WITH TIME ZONE,
  CONSTRAINT webhook_endpoint_events_ck CHECK (events <> '')
);
CREATE INDEX webhook_endpoint_organisation_idx ON webhook_endpoint (organisation_id);

CREATE TABLE webhook_delivery (
  id               UUID PRIMARY KEY,
  endpoint_id      UUID NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
  event_key        VARCHAR(200) NOT NULL,
  event_type       VARCHAR(40) NOT NULL,
  payload          TEXT NOT NULL,
  status           VARCHAR(12) NOT NULL,
  attempts         INTEGER NOT NULL DEFAULT 0,
  last_status      INTEGER,
  last_error       VARCHAR(300),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  next_attempt_at  TIMESTAMP WITH TIME ZONE,
  delivered_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT webhook_delivery_once UNIQUE (endpoint_id, event_key),
  CONSTRAINT webhook_delivery_status_ck CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
  CONSTRAINT webhook_delivery_attempts_ck CHECK (attempts >= 0),
  CONSTRAINT webhook_delivery_due_ck CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (endpoint_id, created_at);
