-- Retention (gallring, issue 5): what each nightly run removed, the aggregate counts kept of what was removed,
-- and what the owning modules need to find expired rows quickly.

-- One row per category and run: when, the cutoff, the decision it applied and how many rows went.
CREATE TABLE retention_run (
  id            UUID NOT NULL PRIMARY KEY,
  run_id        UUID NOT NULL,
  category      VARCHAR(60) NOT NULL,
  decision      VARCHAR(300) NOT NULL,
  keep_months   INT NOT NULL,
  cutoff        TIMESTAMP WITH TIME ZONE NOT NULL,
  started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at   TIMESTAMP WITH TIME ZONE,
  rows_removed  BIGINT DEFAULT 0 NOT NULL,
  outcome       VARCHAR(10) NOT NULL,
  triggered_by  VARCHAR(254) NOT NULL,
  CONSTRAINT retention_run_once_uk UNIQUE (run_id, category),
  CONSTRAINT retention_run_outcome_ck CHECK (outcome IN ('RUNNING', 'DONE', 'FAILED')),
  CONSTRAINT retention_run_finished_ck CHECK ((outcome = 'RUNNING') = (finished_at IS NULL)),
  CONSTRAINT retention_run_rows_ck CHECK (rows_removed >= 0)
);
CREATE INDEX retention_run_started_idx ON retention_run (started_at);

-- What was removed, counted per month, category and kind, so that statistics survive the removal.
-- month_start: the first day of the month (MONTH is a keyword in H2).
CREATE TABLE retention_statistics (
  month_start  DATE NOT NULL,
  category     VARCHAR(60) NOT NULL,
  kind         VARCHAR(60) NOT NULL,
  removed      BIGINT NOT NULL,
  PRIMARY KEY (month_start, category, kind),
  CONSTRAINT retention_statistics_removed_ck CHECK (removed >= 0)
);

-- Help requests: anonymised once their retention period after closing is over (the row stays for statistics and
-- the foreign keys of assignments and offers).
ALTER TABLE help_request ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX help_request_retention_idx ON help_request (anonymised_at, updated_at);

-- Volunteers: the last sign of life (sign-up, login, an answer, a task, staying when asked).
ALTER TABLE volunteer ADD COLUMN last_active_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
UPDATE volunteer SET last_active_at = created_at;
UPDATE volunteer SET last_active_at = (SELECT MAX(a.assigned_at) FROM assignment a WHERE a.volunteer_id = volunteer.id)
  WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.volunteer_id = volunteer.id AND a.assigned_at > volunteer.last_active_at);
UPDATE volunteer SET last_active_at = (SELECT MAX(c.happened_at) FROM contact_log c
                                       WHERE c.volunteer_id = volunteer.id AND c.entry IN ('YES', 'NO'))
  WHERE EXISTS (SELECT 1 FROM contact_log c WHERE c.volunteer_id = volunteer.id AND c.entry IN ('YES', 'NO')
                AND c.happened_at > volunteer.last_active_at);
CREATE INDEX volunteer_last_active_idx ON volunteer (last_active_at);

-- The question to an inactive volunteer: do you want to stay? One open question per volunteer; the token is
-- stored hashed. handed_over_at: the grace period passed unanswered and the volunteer was handed to erasure.
CREATE TABLE volunteer_stay_question (
  volunteer_id    UUID NOT NULL PRIMARY KEY REFERENCES volunteer (id) ON DELETE CASCADE,
  token_hash      VARCHAR(64) NOT NULL,
  asked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  handed_over_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT volunteer_stay_question_token_uk UNIQUE (token_hash)
);
CREATE INDEX volunteer_stay_question_asked_idx ON volunteer_stay_question (handed_over_at, asked_at);

-- Sent messages: found by status and sending time, inbound SMS by arrival.
CREATE INDEX outbox_message_sent_idx ON outbox_message (status, sent_at);
CREATE INDEX inbound_sms_received_idx ON inbound_sms (received_at);
