-- Network meetings (Idélabbet with associations) and the collaboration body's own meetings, with invitations,
-- registrations and a waiting list, minutes, decisions and follow-up actions.
CREATE TABLE meeting (
  id                        UUID NOT NULL PRIMARY KEY,
  kind                      VARCHAR(10) NOT NULL,
  title                     VARCHAR(200) NOT NULL,
  agenda                    VARCHAR(4000) NOT NULL,
  starts_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
  place                     VARCHAR(300),
  video_link                VARCHAR(500),
  -- null: no limit (the collaboration body's meetings)
  capacity                  INT,
  -- participants holding a seat; the guarded UPDATE and the check below keep it within the capacity
  taken                     INT DEFAULT 0 NOT NULL,
  -- null: Idélabbet organises
  organiser_department_id   VARCHAR(40) REFERENCES department (id),
  minutes                   VARCHAR(20000),
  created_by                VARCHAR(200) NOT NULL,
  created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT meeting_kind_ck CHECK (kind IN ('NETWORK', 'BODY')),
  CONSTRAINT meeting_time_ck CHECK (ends_at > starts_at),
  CONSTRAINT meeting_capacity_ck CHECK (capacity IS NULL OR (capacity > 0 AND taken <= capacity)),
  CONSTRAINT meeting_taken_ck CHECK (taken >= 0)
);
CREATE INDEX meeting_starts_ix ON meeting (starts_at);

CREATE TABLE meeting_invitation (
  meeting_id       UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  invited_by       VARCHAR(200) NOT NULL,
  invited_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (meeting_id, organisation_id)
);

-- One registration per organisation and meeting; a cancelled one is kept and may be renewed.
CREATE TABLE meeting_registration (
  id               UUID NOT NULL PRIMARY KEY,
  meeting_id       UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  participants     INT NOT NULL,
  names            VARCHAR(2000) NOT NULL,
  status           VARCHAR(10) NOT NULL,
  language         VARCHAR(2) DEFAULT 'sv' NOT NULL,
  registered_by    VARCHAR(200) NOT NULL,
  registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  attended         BOOLEAN,
  reminded_at      TIMESTAMP WITH TIME ZONE,
  CONSTRAINT meeting_registration_uk UNIQUE (meeting_id, organisation_id),
  CONSTRAINT meeting_registration_status_ck CHECK (status IN ('REGISTERED', 'WAITING', 'CANCELLED')),
  CONSTRAINT meeting_registration_participants_ck CHECK (participants BETWEEN 1 AND 50)
);

-- A named list of organisations to invite again.
CREATE TABLE meeting_invite_list (
  id          UUID NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  created_by  VARCHAR(200) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT meeting_invite_list_name_uk UNIQUE (name)
);

CREATE TABLE meeting_invite_list_member (
  list_id          UUID NOT NULL REFERENCES meeting_invite_list (id) ON DELETE CASCADE,
  organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  PRIMARY KEY (list_id, organisation_id)
);

CREATE TABLE meeting_decision (
  id          UUID NOT NULL PRIMARY KEY,
  meeting_id  UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  text        VARCHAR(2000) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A follow-up action is owned by exactly one organisation or one department.
CREATE TABLE meeting_action (
  id                       UUID NOT NULL PRIMARY KEY,
  meeting_id               UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  description              VARCHAR(1000) NOT NULL,
  owner_organisation_id    UUID REFERENCES organisation (id),
  owner_department_id      VARCHAR(40) REFERENCES department (id),
  due_on                   DATE NOT NULL,
  status                   VARCHAR(10) NOT NULL,
  created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  done_at                  TIMESTAMP WITH TIME ZONE,
  done_by                  VARCHAR(200),
  CONSTRAINT meeting_action_status_ck CHECK (status IN ('OPEN', 'DONE')),
  CONSTRAINT meeting_action_owner_ck CHECK (
    (owner_organisation_id IS NOT NULL AND owner_department_id IS NULL)
    OR (owner_organisation_id IS NULL AND owner_department_id IS NOT NULL))
);
CREATE INDEX meeting_action_status_ix ON meeting_action (status, due_on);
