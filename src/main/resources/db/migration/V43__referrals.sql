-- Referral of a resident's request to associations (issue 4).

-- The resident's consent to share the request with an association, at most one per request. In a table of the
-- referral module, not a column of help_request: the referral module owns it and reads only its own tables, and
-- the help-request module stays unaware of referrals.
CREATE TABLE referral_consent (
  request_id   UUID NOT NULL PRIMARY KEY REFERENCES help_request (id) ON DELETE CASCADE,
  method       VARCHAR(12) NOT NULL,
  note         VARCHAR(500),
  recorded_by  VARCHAR(254) NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT referral_consent_method_ck CHECK (method IN ('PHONE', 'IN_PERSON', 'WRITTEN', 'BY_PROXY'))
);

-- One row per organisation a request was offered (or referred) to.
CREATE TABLE referral (
  id                UUID NOT NULL PRIMARY KEY,
  request_id        UUID NOT NULL REFERENCES help_request (id) ON DELETE CASCADE,
  organisation_id   UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  status            VARCHAR(10) NOT NULL,
  -- what the association sees before it accepts: written by the coordinator, without name, address or phone
  summary           VARCHAR(500) NOT NULL,
  offered_by        VARCHAR(254) NOT NULL,
  offered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  deadline          TIMESTAMP WITH TIME ZONE NOT NULL,
  answered_at       TIMESTAMP WITH TIME ZONE,
  answered_by       VARCHAR(254),
  decline_reason    VARCHAR(500),
  -- equals request_id while ACCEPTED, NULL otherwise: the unique key makes a second accepting organisation of
  -- the same request impossible, on PostgreSQL and H2 alike (as assignment.active_request_id)
  accepted_request_id UUID,
  CONSTRAINT referral_accepted_uk UNIQUE (accepted_request_id),
  CONSTRAINT referral_status_ck CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
  CONSTRAINT referral_accepted_ck CHECK ((status = 'ACCEPTED' AND accepted_request_id = request_id)
                                      OR (status <> 'ACCEPTED' AND accepted_request_id IS NULL)),
  CONSTRAINT referral_answered_ck CHECK (status = 'OFFERED' OR answered_at IS NOT NULL)
);
CREATE INDEX referral_request_idx ON referral (request_id, offered_at);
CREATE INDEX referral_organisation_idx ON referral (organisation_id, status);
