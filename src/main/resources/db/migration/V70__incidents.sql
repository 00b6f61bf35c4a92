-- Incidents (issue 5): problems volunteers and coordinators report, with a handling log; suspensions of
-- volunteers; feedback after each task.

-- A suspension stops every offer to the volunteer. active_volunteer_id holds the volunteer while the suspension
-- is in force and is cleared when it is lifted: its unique key allows at most one active suspension per
-- volunteer without a partial index (which H2 lacks).
CREATE TABLE volunteer_suspension (
  id                  UUID NOT NULL PRIMARY KEY,
  volunteer_id        UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  reason              VARCHAR(1000) NOT NULL,
  suspended_by        VARCHAR(254) NOT NULL,
  suspended_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  lifted_by           VARCHAR(254),
  lifted_at           TIMESTAMP WITH TIME ZONE,
  active_volunteer_id UUID,
  CONSTRAINT volunteer_suspension_active_uk UNIQUE (active_volunteer_id),
  CONSTRAINT volunteer_suspension_active_ck CHECK ((lifted_at IS NULL AND active_volunteer_id = volunteer_id)
      OR (lifted_at IS NOT NULL AND active_volunteer_id IS NULL)),
  CONSTRAINT volunteer_suspension_lifted_ck CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
CREATE INDEX volunteer_suspension_volunteer_idx ON volunteer_suspension (volunteer_id, suspended_at);

-- The tasks volunteers got, as the incident module learns them from matching's events: whose task it is, so a
-- volunteer can report about it and give feedback after it, and nobody else can.
CREATE TABLE incident_task (
  assignment_id  UUID NOT NULL PRIMARY KEY,
  request_id     UUID NOT NULL REFERENCES help_request (id) ON DELETE CASCADE,
  request_number BIGINT NOT NULL,
  volunteer_id   UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  assigned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  done_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX incident_task_volunteer_idx ON incident_task (volunteer_id, assigned_at);

-- Feedback after a task: from the volunteer (once per task), from the resident by phone (typed in by a
-- coordinator) or by SMS after the follow-up question (once per received SMS).
CREATE TABLE task_feedback (
  id               UUID NOT NULL PRIMARY KEY,
  request_id       UUID NOT NULL REFERENCES help_request (id) ON DELETE CASCADE,
  source           VARCHAR(20) NOT NULL,
  assignment_id    UUID REFERENCES incident_task (assignment_id) ON DELETE CASCADE,
  volunteer_id     UUID REFERENCES volunteer (id) ON DELETE SET NULL,
  rating           INT,
  text             VARCHAR(2000),
  resident_said_no BOOLEAN DEFAULT FALSE NOT NULL,
  sms_id           UUID,
  given_by         VARCHAR(254) NOT NULL,
  given_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  incident_id      UUID,
  CONSTRAINT task_feedback_source_ck CHECK (source IN ('VOLUNTEER', 'RESIDENT_PHONE', 'RESIDENT_SMS')),
  CONSTRAINT task_feedback_rating_ck CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
  CONSTRAINT task_feedback_something_ck CHECK (rating IS NOT NULL OR text IS NOT NULL OR resident_said_no),
  CONSTRAINT task_feedback_volunteer_ck CHECK ((source = 'VOLUNTEER') = (assignment_id IS NOT NULL)),
  CONSTRAINT task_feedback_assignment_uk UNIQUE (assignment_id),
  CONSTRAINT task_feedback_sms_uk UNIQUE (sms_id)
);
CREATE INDEX task_feedback_request_idx ON task_feedback (request_id, given_at);

CREATE TABLE incident (
  id                    UUID NOT NULL PRIMARY KEY,
  kind                  VARCHAR(20) NOT NULL,
  status                VARCHAR(12) NOT NULL,
  description           VARCHAR(4000) NOT NULL,
  occurred_on           DATE NOT NULL,
  request_id            UUID REFERENCES help_request (id) ON DELETE SET NULL,
  volunteer_id          UUID REFERENCES volunteer (id) ON DELETE SET NULL,
  reporter_volunteer_id UUID REFERENCES volunteer (id) ON DELETE SET NULL,
  reported_by           VARCHAR(254) NOT NULL,
  on_behalf_of_resident BOOLEAN DEFAULT FALSE NOT NULL,
  feedback_id           UUID REFERENCES task_feedback (id) ON DELETE SET NULL,
  outcome               VARCHAR(2000),
  reported_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_by             VARCHAR(254),
  closed_at             TIMESTAMP WITH TIME ZONE,
  CONSTRAINT incident_kind_ck CHECK (kind IN ('NO_SHOW', 'SUSPECTED_FRAUD', 'ACCIDENT', 'COMPLAINT', 'OTHER')),
  CONSTRAINT incident_status_ck CHECK (status IN ('NEW', 'IN_PROGRESS', 'CLOSED')),
  CONSTRAINT incident_closed_ck CHECK ((status = 'CLOSED') = (outcome IS NOT NULL)
      AND (status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE INDEX incident_status_idx ON incident (status, reported_at);
CREATE INDEX incident_reporter_idx ON incident (reporter_volunteer_id, reported_at);

-- The coordinators' handling log: every entry says who wrote it and when; a status change is logged with it.
CREATE TABLE incident_log (
  id          UUID NOT NULL PRIMARY KEY,
  incident_id UUID NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
  written_by  VARCHAR(254) NOT NULL,
  written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  text        VARCHAR(2000) NOT NULL,
  new_status  VARCHAR(12),
  CONSTRAINT incident_log_status_ck CHECK (new_status IS NULL OR new_status IN ('NEW', 'IN_PROGRESS', 'CLOSED'))
);
CREATE INDEX incident_log_incident_idx ON incident_log (incident_id, written_at);
