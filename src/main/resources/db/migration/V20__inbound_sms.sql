-- SMS that people send to Samverka (replies to call-outs), once per provider message id.
CREATE TABLE inbound_sms (
  id            UUID NOT NULL PRIMARY KEY,
  provider_id   VARCHAR(100) NOT NULL,
  from_number   VARCHAR(16) NOT NULL,
  to_number     VARCHAR(32),
  message       VARCHAR(1600) NOT NULL,
  answer        VARCHAR(10) NOT NULL,
  received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT inbound_sms_provider_uk UNIQUE (provider_id),
  CONSTRAINT inbound_sms_answer_ck CHECK (answer IN ('YES', 'NO', 'UNKNOWN'))
);
CREATE INDEX inbound_sms_from_idx ON inbound_sms (from_number, received_at);
