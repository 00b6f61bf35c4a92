-- Efforts (insatser) run by an approved organisation or a municipal department, their shifts or roles, and the
-- volunteers signed up to each shift.

CREATE TABLE effort (
  id               UUID NOT NULL PRIMARY KEY,
  organisation_id  UUID REFERENCES organisation (id),
  department_id    VARCHAR(40) REFERENCES department (id),
  title            VARCHAR(200) NOT NULL,
  description      VARCHAR(4000) NOT NULL,
  target_group     VARCHAR(500) NOT NULL,
  period_start     DATE NOT NULL,
  period_end       DATE NOT NULL,
  contact_name     VARCHAR(120) NOT NULL,
  contact_email    VARCHAR(254) NOT NULL,
  contact_phone    VARCHAR(20),
  status           VARCHAR(10) NOT NULL,
  created_by       VARCHAR(200) NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT effort_owner_ck CHECK ((organisation_id IS NULL AND department_id IS NOT NULL)
                                 OR (organisation_id IS NOT NULL AND department_id IS NULL)),
  CONSTRAINT effort_period_ck CHECK (period_end >= period_start),
  CONSTRAINT effort_status_ck CHECK (status IN ('DRAFT', 'PUBLISHED', 'PAUSED', 'CLOSED'))
);
CREATE INDEX effort_organisation_idx ON effort (organisation_id);
CREATE INDEX effort_status_idx ON effort (status);

CREATE TABLE effort_district (
  effort_id    UUID NOT NULL REFERENCES effort (id) ON DELETE CASCADE,
  district_id  VARCHAR(40) NOT NULL REFERENCES district (id),
  PRIMARY KEY (effort_id, district_id)
);

-- A role or a shift inside an effort. Recurring shifts are stored as one row per occurrence.
CREATE TABLE effort_shift (
  id              UUID NOT NULL PRIMARY KEY,
  effort_id       UUID NOT NULL REFERENCES effort (id) ON DELETE CASCADE,
  title           VARCHAR(200) NOT NULL,
  shift_date      DATE NOT NULL,
  time_from       TIME NOT NULL,
  time_to         TIME NOT NULL,
  place           VARCHAR(200) NOT NULL,
  district_id     VARCHAR(40) NOT NULL REFERENCES district (id),
  min_volunteers  INT NOT NULL,
  max_volunteers  INT NOT NULL,
  language        VARCHAR(10),
  adult_only      BOOLEAN DEFAULT FALSE NOT NULL,
  signup_mode     VARCHAR(12) NOT NULL,
  status          VARCHAR(10) NOT NULL,
  -- confirmed places; the check makes overbooking impossible whatever the code does
  confirmed       INT DEFAULT 0 NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT effort_shift_time_ck CHECK (time_to > time_from),
  CONSTRAINT effort_shift_size_ck CHECK (min_volunteers >= 1 AND min_volunteers <= max_volunteers),
  CONSTRAINT effort_shift_confirmed_ck CHECK (confirmed >= 0 AND confirmed <= max_volunteers),
  CONSTRAINT effort_shift_mode_ck CHECK (signup_mode IN ('INSTANT', 'APPLICATION')),
  CONSTRAINT effort_shift_status_ck CHECK (status IN ('OPEN', 'CANCELLED'))
);
CREATE INDEX effort_shift_effort_idx ON effort_shift (effort_id, shift_date, time_from);
CREATE INDEX effort_shift_date_idx ON effort_shift (shift_date, status);

-- Kinds of help a shift asks for (HelpKind).
CREATE TABLE effort_shift_kind (
  shift_id  UUID NOT NULL REFERENCES effort_shift (id) ON DELETE CASCADE,
  kind      VARCHAR(30) NOT NULL,
  PRIMARY KEY (shift_id, kind)
);

CREATE TABLE effort_signup (
  id              UUID NOT NULL PRIMARY KEY,
  shift_id        UUID NOT NULL REFERENCES effort_shift (id) ON DELETE CASCADE,
  volunteer_id    UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  status          VARCHAR(10) NOT NULL,
  -- equals shift_id while the sign-up is live (CONFIRMED, WAITING, APPLIED), NULL otherwise: the unique key
  -- allows one live sign-up per volunteer and shift, on PostgreSQL and H2 alike
  active_shift_id UUID,
  -- the place on the waiting list, while WAITING
  position        INT,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT effort_signup_live_uk UNIQUE (active_shift_id, volunteer_id),
  CONSTRAINT effort_signup_status_ck CHECK (status IN ('CONFIRMED', 'WAITING', 'APPLIED', 'WITHDRAWN', 'REJECTED', 'CANCELLED')),
  CONSTRAINT effort_signup_live_ck CHECK ((status IN ('CONFIRMED', 'WAITING', 'APPLIED') AND active_shift_id = shift_id)
                                       OR (status NOT IN ('CONFIRMED', 'WAITING', 'APPLIED') AND active_shift_id IS NULL)),
  CONSTRAINT effort_signup_position_ck CHECK ((status = 'WAITING' AND position IS NOT NULL) OR (status <> 'WAITING' AND position IS NULL))
);
CREATE INDEX effort_signup_shift_idx ON effort_signup (shift_id, status);
CREATE INDEX effort_signup_volunteer_idx ON effort_signup (volunteer_id, status);
