-- Onboarding (issue 16): per volunteer the facts that decide their step from sign-up to ready, kept by the
-- onboarding module from the volunteer and safeguarding events, so the start page counts with one grouped query.
CREATE TABLE onboarding_progress (
  volunteer_id          UUID NOT NULL PRIMARY KEY REFERENCES volunteer (id) ON DELETE CASCADE,
  signed_up_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  email_confirmed       BOOLEAN NOT NULL,
  needs_id_check        BOOLEAN NOT NULL,
  -- the day the newest identity check stops counting; 9999-12-31 when it does not expire; NULL: none
  id_check_valid_before DATE,
  -- the pledge version accepted (the one current when last seen); NULL: none
  pledge_version        VARCHAR(40),
  -- when any of the facts last changed: how long the volunteer has stood at their step
  progressed_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
-- the counts read only this index (an index-only scan); the reminders find who stood still by progressed_at
CREATE INDEX onboarding_progress_step_idx
  ON onboarding_progress (email_confirmed, needs_id_check, id_check_valid_before, pledge_version);
CREATE INDEX onboarding_progress_progressed_idx ON onboarding_progress (progressed_at);

-- One reminder per volunteer and step, ever: the key makes a retried or doubled job send nothing twice.
CREATE TABLE onboarding_reminder (
  volunteer_id UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  step         VARCHAR(20) NOT NULL,
  sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (volunteer_id, step),
  CONSTRAINT onboarding_reminder_step_ck CHECK (step IN ('CONFIRM_EMAIL', 'ID_CHECK', 'PLEDGE'))
);

-- A coordinator's message to volunteers from the register counts against their contact budget like any ask.
ALTER TABLE contact_log DROP CONSTRAINT contact_log_source_ck;
ALTER TABLE contact_log ADD CONSTRAINT contact_log_source_ck
  CHECK (source IN ('OFFER', 'DIRECT', 'CALLOUT', 'MESSAGE'));
