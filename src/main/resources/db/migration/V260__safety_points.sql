-- Safety points (trygghetspunkter, issue 17 point 4): places the public can go to in a crisis, staffed through an
-- effort's shifts (one effort per point), and the volunteers' check-ins and check-outs at the place.
CREATE TABLE safety_point (
    id UUID PRIMARY KEY,
    name VARCHAR(120) NOT NULL CHECK (LENGTH(TRIM(name)) > 0),
    address VARCHAR(200) NOT NULL CHECK (LENGTH(TRIM(address)) > 0),
    district_id VARCHAR(40) NOT NULL REFERENCES district (id),
    opening_hours VARCHAR(200) NOT NULL CHECK (LENGTH(TRIM(opening_hours)) > 0),
    capacity INT NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    status VARCHAR(10) NOT NULL CHECK (status IN ('OPEN', 'FULL', 'CLOSED')),
    public_note VARCHAR(300) NOT NULL DEFAULT '',
    -- the effort whose shifts staff the point; one point per effort
    effort_id UUID REFERENCES effort (id),
    created_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT safety_point_effort_uk UNIQUE (effort_id)
);
CREATE INDEX safety_point_district_idx ON safety_point (district_id, status);

-- One check-in per volunteer and shift; the check-out closes it. A volunteer's erasure removes their rows.
CREATE TABLE safety_point_checkin (
    id UUID PRIMARY KEY,
    safety_point_id UUID NOT NULL REFERENCES safety_point (id) ON DELETE CASCADE,
    shift_id UUID NOT NULL REFERENCES effort_shift (id),
    volunteer_id UUID NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    checked_in_at TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_out_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT safety_point_checkin_uk UNIQUE (shift_id, volunteer_id),
    CONSTRAINT safety_point_checkout_ck CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
);
CREATE INDEX safety_point_checkin_point_idx ON safety_point_checkin (safety_point_id, checked_out_at);
