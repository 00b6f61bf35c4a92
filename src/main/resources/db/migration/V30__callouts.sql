-- Call-outs (utskick): a confirmed need, the volunteers asked in waves, their answers and stand-downs,
-- and the contact ledger every ask counts against.

-- Every contact with a volunteer about a need: asks (which count against the contact budget), answers,
-- stand-downs and thanks. Offers and direct assignments are asks too.
CREATE TABLE contact_log (
  id            UUID NOT NULL PRIMARY KEY,
  volunteer_id  UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  happened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  entry         VARCHAR(12) NOT NULL,
  channel       VARCHAR(10) NOT NULL,
  source        VARCHAR(10) NOT NULL,
  ref_id        UUID NOT NULL,
  CONSTRAINT contact_log_entry_ck CHECK (entry IN ('ASK', 'YES', 'NO', 'STAND_DOWN', 'LATE_REPLY', 'THANKS')),
  CONSTRAINT contact_log_channel_ck CHECK (channel IN ('EMAIL', 'SMS', 'PHONE')),
  CONSTRAINT contact_log_source_ck CHECK (source IN ('OFFER', 'DIRECT', 'CALLOUT')),
  -- one ask, one stand-down, one thank-you per volunteer and thing: a retried job cannot ask twice
  CONSTRAINT contact_log_once_uk UNIQUE (volunteer_id, ref_id, entry)
);
CREATE INDEX contact_log_volunteer_idx ON contact_log (volunteer_id, happened_at);
CREATE INDEX contact_log_time_idx ON contact_log (happened_at, entry);

INSERT INTO contact_log (id, volunteer_id, happened_at, entry, channel, source, ref_id)
SELECT id, volunteer_id, offered_at, 'ASK', 'EMAIL', 'OFFER', id FROM offer;
INSERT INTO contact_log (id, volunteer_id, happened_at, entry, channel, source, ref_id)
SELECT id, volunteer_id, assigned_at, 'ASK', 'PHONE', 'DIRECT', id FROM assignment WHERE via = 'DIRECT';

-- One row, locked by everything that asks volunteers, so that two call-outs (or a call-out and a
-- coordinator's offer) on two app instances can never both use the last ask of someone's budget.
CREATE TABLE contact_lock (
  id  INT NOT NULL PRIMARY KEY,
  CONSTRAINT contact_lock_one_ck CHECK (id = 1)
);
INSERT INTO contact_lock (id) VALUES (1);

CREATE TABLE callout (
  id              UUID NOT NULL PRIMARY KEY,
  subject_type    VARCHAR(20) NOT NULL,
  subject_id      UUID NOT NULL,
  -- equals subject_id while ACTIVE, NULL otherwise: at most one active call-out per need
  active_subject  UUID,
  title           VARCHAR(200) NOT NULL,
  kind            VARCHAR(30) NOT NULL,
  district_id     VARCHAR(40) NOT NULL REFERENCES district (id),
  need_date       DATE NOT NULL,
  time_from       TIME NOT NULL,
  time_to         TIME,
  language        VARCHAR(10),
  people_needed   INT NOT NULL,
  accepted        INT DEFAULT 0 NOT NULL,
  factor          INT NOT NULL,
  extra_asks      INT DEFAULT 0 NOT NULL,
  all_districts   BOOLEAN DEFAULT FALSE NOT NULL,
  urgency         VARCHAR(10) NOT NULL,
  status          VARCHAR(10) NOT NULL,
  waves           INT DEFAULT 0 NOT NULL,
  started_by      VARCHAR(200) NOT NULL,
  started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at        TIMESTAMP WITH TIME ZONE,
  end_reason      VARCHAR(20),
  CONSTRAINT callout_subject_type_ck CHECK (subject_type IN ('HELP_REQUEST', 'EFFORT_NEED')),
  CONSTRAINT callout_active_uk UNIQUE (subject_type, active_subject),
  CONSTRAINT callout_active_ck CHECK ((status = 'ACTIVE' AND active_subject = subject_id)
                                   OR (status <> 'ACTIVE' AND active_subject IS NULL)),
  CONSTRAINT callout_status_ck CHECK (status IN ('ACTIVE', 'FILLED', 'STOPPED')),
  CONSTRAINT callout_urgency_ck CHECK (urgency IN ('URGENT', 'SOON', 'PLANNED')),
  CONSTRAINT callout_people_ck CHECK (people_needed BETWEEN 1 AND 500),
  CONSTRAINT callout_accepted_ck CHECK (accepted BETWEEN 0 AND people_needed),
  CONSTRAINT callout_factor_ck CHECK (factor BETWEEN 1 AND 20),
  CONSTRAINT callout_extra_ck CHECK (extra_asks BETWEEN 0 AND 10000),
  CONSTRAINT callout_end_ck CHECK ((status = 'ACTIVE') = (ended_at IS NULL))
);
CREATE INDEX callout_subject_idx ON callout (subject_type, subject_id);
CREATE INDEX callout_status_idx ON callout (status, started_at);

CREATE TABLE callout_ask (
  id            UUID NOT NULL PRIMARY KEY,
  callout_id    UUID NOT NULL REFERENCES callout (id) ON DELETE CASCADE,
  volunteer_id  UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  wave          INT NOT NULL,
  channel       VARCHAR(10) NOT NULL,
  token_hash    VARCHAR(64) NOT NULL,
  status        VARCHAR(12) NOT NULL,
  asked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  answered_at   TIMESTAMP WITH TIME ZONE,
  stood_down_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT callout_ask_once_uk UNIQUE (callout_id, volunteer_id),
  CONSTRAINT callout_ask_token_uk UNIQUE (token_hash),
  CONSTRAINT callout_ask_channel_ck CHECK (channel IN ('EMAIL', 'SMS')),
  CONSTRAINT callout_ask_status_ck CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'STOOD_DOWN'))
);
CREATE INDEX callout_ask_volunteer_idx ON callout_ask (volunteer_id, status, asked_at);

-- Volunteers near the need who were not asked in a wave, and why (budget used, quiet hours, paused ...).
CREATE TABLE callout_skip (
  callout_id    UUID NOT NULL REFERENCES callout (id) ON DELETE CASCADE,
  wave          INT NOT NULL,
  volunteer_id  UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  reason        VARCHAR(20) NOT NULL,
  PRIMARY KEY (callout_id, wave, volunteer_id)
);

-- Per wave: when it went out, how many were asked, and how many volunteers were skipped per reason.
CREATE TABLE callout_wave (
  callout_id     UUID NOT NULL REFERENCES callout (id) ON DELETE CASCADE,
  wave           INT NOT NULL,
  sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  asked          INT NOT NULL,
  skipped_kind   INT NOT NULL,
  skipped_far    INT NOT NULL,
  skipped_other  INT NOT NULL,
  PRIMARY KEY (callout_id, wave)
);

ALTER TABLE assignment DROP CONSTRAINT assignment_via_ck;
ALTER TABLE assignment ADD CONSTRAINT assignment_via_ck CHECK (via IN ('DIRECT', 'OFFER', 'CALLOUT'));
