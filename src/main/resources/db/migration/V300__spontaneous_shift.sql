-- Issue 17 point 3: a spontaneous volunteer may be given a shift that needs no safeguarding level, always with a
-- named vetted partner (a registered volunteer confirmed on that shift) until a coordinator records that their
-- checks are completed. The partner is referred to by id only (the volunteer module's aggregate): when the partner
-- leaves the shift or is erased, the pairing stays and the coordinators' page flags it.
ALTER TABLE spontaneous_volunteer ADD COLUMN checks_completed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE spontaneous_volunteer ADD COLUMN checks_completed_by VARCHAR(100);
ALTER TABLE spontaneous_volunteer ADD CONSTRAINT spontaneous_volunteer_checks_ck
    CHECK ((checks_completed_at IS NULL) = (checks_completed_by IS NULL));

CREATE TABLE spontaneous_shift (
    id UUID PRIMARY KEY,
    spontaneous_id UUID NOT NULL REFERENCES spontaneous_volunteer (id) ON DELETE CASCADE,
    shift_id UUID NOT NULL REFERENCES effort_shift (id) ON DELETE CASCADE,
    -- the vetted person they work with; only someone whose checks were completed may be given a shift without one
    partner_volunteer_id UUID,
    checked BOOLEAN NOT NULL DEFAULT FALSE,
    paired_by VARCHAR(100) NOT NULL,
    paired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT spontaneous_shift_uk UNIQUE (spontaneous_id, shift_id),
    CONSTRAINT spontaneous_shift_partner_ck CHECK (partner_volunteer_id IS NOT NULL OR checked)
);
CREATE INDEX spontaneous_shift_shift_idx ON spontaneous_shift (shift_id);
