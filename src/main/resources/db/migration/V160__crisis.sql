-- Crisis mode (krisläge, issue 17): a named crisis an administrator starts and ends in one step. Only one runs at a
-- time: V161 adds the index that says so (a partial unique index on PostgreSQL, a generated column on H2).
CREATE TABLE crisis (
    id UUID PRIMARY KEY,
    name VARCHAR(120) NOT NULL CHECK (LENGTH(TRIM(name)) > 0),
    kind VARCHAR(20) NOT NULL CHECK (kind IN ('POWER_CUT', 'STORM', 'FIRE', 'FLOOD', 'PANDEMIC', 'OTHER')),
    public_message VARCHAR(500) NOT NULL CHECK (LENGTH(TRIM(public_message)) > 0),
    phone VARCHAR(40) NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expected_hours INT NOT NULL CHECK (expected_hours BETWEEN 1 AND 2160),
    -- how many more asks per volunteer the crisis allows: shown on the admin page, never applied silently
    contact_budget_raise INT NOT NULL CHECK (contact_budget_raise BETWEEN 0 AND 10),
    started_by VARCHAR(100) NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    ended_by VARCHAR(100),
    CONSTRAINT crisis_end_after_start_ck CHECK (ended_at IS NULL OR ended_at >= started_at),
    CONSTRAINT crisis_ended_by_ck CHECK ((ended_at IS NULL) = (ended_by IS NULL))
);

CREATE TABLE crisis_district (
    crisis_id UUID NOT NULL REFERENCES crisis (id) ON DELETE CASCADE,
    district_id VARCHAR(40) NOT NULL REFERENCES district (id) ON DELETE CASCADE,
    PRIMARY KEY (crisis_id, district_id)
);

-- Spontaneous volunteers (spontanfrivilliga): signed up in 30 seconds during a crisis, never vetted the everyday way.
-- One row per mobile number (E.164): a second sign-up with the same number updates the row.
CREATE TABLE spontaneous_volunteer (
    id UUID PRIMARY KEY,
    phone VARCHAR(16) NOT NULL,
    name VARCHAR(100) NOT NULL,
    skills VARCHAR(200) NOT NULL,
    locale VARCHAR(5) NOT NULL,
    -- the crisis of the latest sign-up: the one that thanks them when it ends
    crisis_id UUID NOT NULL REFERENCES crisis (id),
    first_signed_up_at TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_up_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sign_ups INT NOT NULL DEFAULT 1 CHECK (sign_ups >= 1),
    consented_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT spontaneous_volunteer_phone_uk UNIQUE (phone)
);
CREATE INDEX spontaneous_volunteer_crisis_idx ON spontaneous_volunteer (crisis_id);
CREATE INDEX spontaneous_volunteer_signed_up_idx ON spontaneous_volunteer (signed_up_at);

CREATE TABLE spontaneous_volunteer_district (
    volunteer_id UUID NOT NULL REFERENCES spontaneous_volunteer (id) ON DELETE CASCADE,
    district_id VARCHAR(40) NOT NULL REFERENCES district (id) ON DELETE CASCADE,
    PRIMARY KEY (volunteer_id, district_id)
);
CREATE INDEX spontaneous_volunteer_district_idx ON spontaneous_volunteer_district (district_id);

-- Each spontaneous volunteer is thanked once per crisis: the key keeps a second end (or a retry) from thanking twice.
CREATE TABLE crisis_thanks (
    crisis_id UUID NOT NULL REFERENCES crisis (id),
    phone VARCHAR(16) NOT NULL,
    thanked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (crisis_id, phone)
);
