-- Volunteer sign-up: remember which form created a volunteer, so that a double-clicked submit is not taken
-- for someone else signing up with the same address; find confirmation tokens and district counts by index.
ALTER TABLE volunteer ADD COLUMN signup_form_id VARCHAR(36);
CREATE UNIQUE INDEX volunteer_confirmation_token_uk ON volunteer (confirmation_token);
CREATE INDEX volunteer_district_district_idx ON volunteer_district (district_id);
