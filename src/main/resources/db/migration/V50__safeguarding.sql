-- Safeguarding (issue 5): checks staff record for a volunteer (never the criminal-records extract itself or
-- its contents), the confidentiality pledge versions volunteers accepted, and a required level per shift.
CREATE TABLE safeguarding_check (
    id UUID PRIMARY KEY,
    volunteer_id UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    kind VARCHAR(40) NOT NULL,
    checked_by VARCHAR(320) NOT NULL,
    checked_on DATE NOT NULL,
    expires_on DATE,
    note VARCHAR(200),
    expiry_notice_sent_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX safeguarding_check_volunteer ON safeguarding_check (volunteer_id);

CREATE TABLE safeguarding_pledge (
    volunteer_id UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    version VARCHAR(40) NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (volunteer_id, version)
);

ALTER TABLE effort_shift ADD COLUMN safeguarding_level INT;

-- The level a call-out's volunteers must have reached (0: none), kept so later waves apply the same.
ALTER TABLE callout ADD COLUMN safeguarding_level INT DEFAULT 0 NOT NULL;
