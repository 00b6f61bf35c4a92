-- After a request is done the coordinator may ask the resident by SMS whether they got help; one question per request.
CREATE TABLE resident_followup (
  request_id   UUID NOT NULL PRIMARY KEY REFERENCES help_request (id) ON DELETE CASCADE,
  phone        VARCHAR(16) NOT NULL,
  asked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  answer       VARCHAR(3),
  answered_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT resident_followup_answer_ck CHECK (answer IN ('YES', 'NO')),
  CONSTRAINT resident_followup_answered_ck CHECK ((answer IS NULL) = (answered_at IS NULL))
);
-- a reply is matched to the open question sent to its number
CREATE INDEX resident_followup_phone_idx ON resident_followup (phone, asked_at);
