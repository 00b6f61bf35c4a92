-- Resource groups (FRG and other trained groups): a register of members with their training, and group call-outs
-- through the one asking engine (callout), whose roll records who is on the way, checked in and checked out.
CREATE TABLE resource_group (
  id           UUID NOT NULL PRIMARY KEY,
  name         VARCHAR(120) NOT NULL,
  kind         VARCHAR(10) NOT NULL,
  description  VARCHAR(2000),
  created_by   VARCHAR(200) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT resource_group_name_uk UNIQUE (name),
  CONSTRAINT resource_group_kind_ck CHECK (kind IN ('FRG', 'OTHER'))
);

CREATE TABLE resource_group_member (
  group_id      UUID NOT NULL REFERENCES resource_group (id) ON DELETE CASCADE,
  volunteer_id  UUID NOT NULL,
  leader        BOOLEAN DEFAULT FALSE NOT NULL,
  added_by      VARCHAR(200) NOT NULL,
  added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT resource_group_member_pk PRIMARY KEY (group_id, volunteer_id)
);
CREATE INDEX resource_group_member_volunteer_idx ON resource_group_member (volunteer_id);

CREATE TABLE resource_group_training (
  id            UUID NOT NULL PRIMARY KEY,
  group_id      UUID NOT NULL,
  volunteer_id  UUID NOT NULL,
  name          VARCHAR(120) NOT NULL,
  taken_on      DATE NOT NULL,
  expires_on    DATE,
  CONSTRAINT resource_group_training_member_fk FOREIGN KEY (group_id, volunteer_id)
    REFERENCES resource_group_member (group_id, volunteer_id) ON DELETE CASCADE,
  CONSTRAINT resource_group_training_dates_ck CHECK (expires_on IS NULL OR expires_on >= taken_on)
);
CREATE INDEX resource_group_training_member_idx ON resource_group_training (group_id, volunteer_id);

CREATE TABLE resource_group_callout (
  id             UUID NOT NULL PRIMARY KEY,
  group_id       UUID NOT NULL REFERENCES resource_group (id) ON DELETE CASCADE,
  what           VARCHAR(120) NOT NULL,
  place          VARCHAR(120) NOT NULL,
  district_id    VARCHAR(40) NOT NULL,
  need_date      DATE NOT NULL,
  time_from      TIME NOT NULL,
  time_to        TIME,
  people_needed  INT NOT NULL,
  crisis_title   VARCHAR(200),
  created_by     VARCHAR(200) NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at      TIMESTAMP WITH TIME ZONE,
  CONSTRAINT resource_group_callout_people_ck CHECK (people_needed BETWEEN 1 AND 500)
);
CREATE INDEX resource_group_callout_group_idx ON resource_group_callout (group_id, created_at);

-- one row per member who said yes: the times they set (or a coordinator set) on the roll
CREATE TABLE resource_group_turnout (
  group_callout_id  UUID NOT NULL REFERENCES resource_group_callout (id) ON DELETE CASCADE,
  volunteer_id      UUID NOT NULL,
  token_hash        VARCHAR(64) NOT NULL,
  accepted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  on_way_at         TIMESTAMP WITH TIME ZONE,
  checked_in_at     TIMESTAMP WITH TIME ZONE,
  checked_out_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT resource_group_turnout_pk PRIMARY KEY (group_callout_id, volunteer_id),
  CONSTRAINT resource_group_turnout_token_uk UNIQUE (token_hash),
  CONSTRAINT resource_group_turnout_out_ck CHECK (checked_out_at IS NULL
    OR (checked_in_at IS NOT NULL AND checked_out_at >= checked_in_at))
);

-- the call-out engine may now fill a group call-out
ALTER TABLE callout DROP CONSTRAINT callout_subject_type_ck;
ALTER TABLE callout ADD CONSTRAINT callout_subject_type_ck
  CHECK (subject_type IN ('HELP_REQUEST', 'EFFORT_NEED', 'RESOURCE_GROUP'));
