-- The coordinator's volunteer register and search (issue 16): the register lists volunteers newest first and
-- filters by kind of help and language; phone intake looks up open requests by the resident's phone number.
CREATE INDEX volunteer_created_at_idx ON volunteer (created_at);
CREATE INDEX volunteer_help_kind_kind_idx ON volunteer_help_kind (kind, volunteer_id);
CREATE INDEX volunteer_language_language_idx ON volunteer_language (language, volunteer_id);
CREATE INDEX help_request_resident_phone_idx ON help_request (resident_phone, status);
