-- Samverka's own tables for accounts, districts, volunteers, help requests, matching and the outbox.

CREATE TABLE account (
  id            UUID NOT NULL PRIMARY KEY,
  username      VARCHAR(254) NOT NULL,
  password_hash VARCHAR(200),
  role          VARCHAR(20) NOT NULL,
  display_name  VARCHAR(120) NOT NULL,
  locale        VARCHAR(5) NOT NULL DEFAULT 'sv',
  enabled       BOOLEAN NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT account_username_uk UNIQUE (username),
  CONSTRAINT account_role_ck CHECK (role IN ('ADMIN', 'COORDINATOR', 'VOLUNTEER')),
  CONSTRAINT account_locale_ck CHECK (locale IN ('sv', 'en')),
  -- volunteers never have a password, staff always do
  CONSTRAINT account_password_ck CHECK ((role = 'VOLUNTEER' AND password_hash IS NULL)
                                     OR (role <> 'VOLUNTEER' AND password_hash IS NOT NULL))
);

CREATE TABLE district (
  id         VARCHAR(40) NOT NULL PRIMARY KEY,
  name       VARCHAR(100) NOT NULL,
  easting    DOUBLE PRECISION NOT NULL,
  northing   DOUBLE PRECISION NOT NULL,
  sort_order INT NOT NULL DEFAULT 0,
  CONSTRAINT district_name_uk UNIQUE (name)
);

CREATE TABLE district_neighbour (
  district_id  VARCHAR(40) NOT NULL REFERENCES district (id) ON DELETE CASCADE,
  neighbour_id VARCHAR(40) NOT NULL REFERENCES district (id) ON DELETE CASCADE,
  PRIMARY KEY (district_id, neighbour_id),
  CONSTRAINT district_neighbour_self_ck CHECK (district_id <> neighbour_id)
);

CREATE TABLE volunteer (
  id                     UUID NOT NULL PRIMARY KEY,
  account_id             UUID NOT NULL REFERENCES account (id),
  name                   VARCHAR(120) NOT NULL,
  email                  VARCHAR(254) NOT NULL,
  phone                  VARCHAR(20) NOT NULL,
  has_car                BOOLEAN NOT NULL,
  weekday_daytime        BOOLEAN NOT NULL,
  weekday_evening        BOOLEAN NOT NULL,
  weekend_daytime        BOOLEAN NOT NULL,
  weekend_evening        BOOLEAN NOT NULL,
  ask_frequency          VARCHAR(20) NOT NULL,
  paused_until           DATE,
  privacy_notice_version VARCHAR(20) NOT NULL,
  consented_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  email_confirmed_at     TIMESTAMP WITH TIME ZONE,
  confirmation_token     VARCHAR(64),
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT volunteer_email_uk UNIQUE (email),
  CONSTRAINT volunteer_account_uk UNIQUE (account_id),
  CONSTRAINT volunteer_ask_frequency_ck CHECK (ask_frequency IN
    ('ONCE_A_WEEK', 'TWICE_A_MONTH', 'ONCE_A_MONTH', 'ONLY_IN_CRISIS'))
);

CREATE TABLE volunteer_district (
  volunteer_id UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  district_id  VARCHAR(40) NOT NULL REFERENCES district (id),
  PRIMARY KEY (volunteer_id, district_id)
);

CREATE TABLE volunteer_help_kind (
  volunteer_id UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  kind         VARCHAR(30) NOT NULL,
  PRIMARY KEY (volunteer_id, kind),
  CONSTRAINT volunteer_help_kind_ck CHECK (kind IN
    ('SHOPPING', 'PHARMACY', 'OTHER_ERRAND', 'PHONE_COMPANIONSHIP', 'TRANSPORT'))
);

CREATE TABLE volunteer_language (
  volunteer_id UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  language     VARCHAR(10) NOT NULL,
  PRIMARY KEY (volunteer_id, language)
);

CREATE SEQUENCE help_request_number_seq START WITH 1001;

CREATE TABLE help_request (
  id                  UUID NOT NULL PRIMARY KEY,
  number              BIGINT NOT NULL,
  series_id           UUID NOT NULL,
  resident_name       VARCHAR(120) NOT NULL,
  resident_phone      VARCHAR(20) NOT NULL,
  street_address      VARCHAR(200) NOT NULL,
  district_id         VARCHAR(40) NOT NULL REFERENCES district (id),
  kind                VARCHAR(30) NOT NULL,
  description         VARCHAR(2000) NOT NULL,
  requested_date      DATE NOT NULL,
  time_from           TIME NOT NULL,
  time_to             TIME NOT NULL,
  recurrence          VARCHAR(10) NOT NULL,
  payment_method      VARCHAR(10) NOT NULL,
  code_word           VARCHAR(60) NOT NULL,
  risk_group          BOOLEAN,
  language            VARCHAR(10),
  channel             VARCHAR(10) NOT NULL,
  submitter_name      VARCHAR(120),
  submitter_phone     VARCHAR(20),
  submitter_relation  VARCHAR(100),
  status              VARCHAR(12) NOT NULL,
  not_helped_reason   VARCHAR(500),
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  version             INT NOT NULL DEFAULT 0,
  CONSTRAINT help_request_number_uk UNIQUE (number),
  CONSTRAINT help_request_kind_ck CHECK (kind IN
    ('SHOPPING', 'PHARMACY', 'OTHER_ERRAND', 'PHONE_COMPANIONSHIP', 'TRANSPORT')),
  CONSTRAINT help_request_status_ck CHECK (status IN
    ('NEW', 'OPEN', 'ASSIGNED', 'DONE', 'CANCELLED', 'NOT_HELPED')),
  CONSTRAINT help_request_recurrence_ck CHECK (recurrence IN ('ONE_OFF', 'WEEKLY')),
  CONSTRAINT help_request_payment_ck CHECK (payment_method IN ('INVOICE', 'SWISH', 'CASH')),
  CONSTRAINT help_request_channel_ck CHECK (channel IN ('WEB', 'PHONE')),
  CONSTRAINT help_request_window_ck CHECK (time_from < time_to),
  CONSTRAINT help_request_not_helped_ck CHECK (status <> 'NOT_HELPED' OR not_helped_reason IS NOT NULL)
);
CREATE INDEX help_request_status_idx ON help_request (status, requested_date);
-- a weekly series never has two occurrences on the same date
CREATE UNIQUE INDEX help_request_series_date_uk ON help_request (series_id, requested_date);

CREATE TABLE help_request_history (
  id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  request_id  UUID NOT NULL REFERENCES help_request (id) ON DELETE CASCADE,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor       VARCHAR(254) NOT NULL,
  action      VARCHAR(40) NOT NULL,
  from_status VARCHAR(12),
  to_status   VARCHAR(12),
  detail      VARCHAR(1000)
);
CREATE INDEX help_request_history_request_idx ON help_request_history (request_id, occurred_at);

CREATE TABLE assignment (
  id                UUID NOT NULL PRIMARY KEY,
  request_id        UUID NOT NULL REFERENCES help_request (id),
  volunteer_id      UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  status            VARCHAR(10) NOT NULL,
  -- equals request_id while ACTIVE, NULL otherwise: the unique key makes a second active
  -- assignee of the same request impossible, on PostgreSQL and H2 alike
  active_request_id UUID,
  via               VARCHAR(10) NOT NULL,
  assigned_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at       TIMESTAMP WITH TIME ZONE,
  note              VARCHAR(1000),
  minutes_spent     INT,
  return_reason     VARCHAR(500),
  CONSTRAINT assignment_active_uk UNIQUE (active_request_id),
  CONSTRAINT assignment_status_ck CHECK (status IN ('ACTIVE', 'DONE', 'RETURNED', 'CANCELLED')),
  CONSTRAINT assignment_active_ck CHECK ((status = 'ACTIVE' AND active_request_id = request_id)
                                      OR (status <> 'ACTIVE' AND active_request_id IS NULL)),
  CONSTRAINT assignment_via_ck CHECK (via IN ('DIRECT', 'OFFER')),
  CONSTRAINT assignment_minutes_ck CHECK (minutes_spent IS NULL OR minutes_spent BETWEEN 0 AND 1440)
);
CREATE INDEX assignment_volunteer_idx ON assignment (volunteer_id, status);

CREATE TABLE offer (
  id           UUID NOT NULL PRIMARY KEY,
  request_id   UUID NOT NULL REFERENCES help_request (id),
  volunteer_id UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  token_hash   VARCHAR(64) NOT NULL,
  status       VARCHAR(16) NOT NULL,
  offered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  answered_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT offer_token_uk UNIQUE (token_hash),
  CONSTRAINT offer_status_ck CHECK (status IN
    ('PENDING', 'ACCEPTED', 'DECLINED', 'TAKEN', 'WITHDRAWN'))
);
CREATE INDEX offer_volunteer_idx ON offer (volunteer_id, offered_at);
CREATE INDEX offer_request_idx ON offer (request_id, status);

CREATE TABLE outbox_message (
  id              UUID NOT NULL PRIMARY KEY,
  dedupe_key      VARCHAR(200) NOT NULL,
  channel         VARCHAR(10) NOT NULL,
  recipient       VARCHAR(254) NOT NULL,
  subject         VARCHAR(300) NOT NULL,
  body            VARCHAR(8000) NOT NULL,
  status          VARCHAR(10) NOT NULL,
  attempts        INT NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  last_error      VARCHAR(500),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE,
  CONSTRAINT outbox_message_dedupe_uk UNIQUE (dedupe_key),
  CONSTRAINT outbox_message_channel_ck CHECK (channel IN ('EMAIL', 'SMS')),
  CONSTRAINT outbox_message_status_ck CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'HELD', 'FAILED'))
);
CREATE INDEX outbox_message_due_idx ON outbox_message (status, next_attempt_at);
