-- Staff search (issue 16): "contains" searches (LIKE '%anna%') on names, e-mail, phone numbers, addresses and
-- titles use trigram indexes instead of reading every row. pg_trgm ships with PostgreSQL and is a trusted
-- extension (PostgreSQL 13+), so the database owner may create it. H2 (the demo) has no counterpart and scans.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX volunteer_name_trgm_idx ON volunteer USING gin (LOWER(name) gin_trgm_ops);
CREATE INDEX volunteer_email_trgm_idx ON volunteer USING gin (LOWER(email) gin_trgm_ops);
CREATE INDEX volunteer_phone_trgm_idx ON volunteer USING gin (phone gin_trgm_ops);
CREATE INDEX help_request_resident_name_trgm_idx ON help_request USING gin (LOWER(resident_name) gin_trgm_ops);
CREATE INDEX help_request_submitter_name_trgm_idx ON help_request USING gin (LOWER(submitter_name) gin_trgm_ops);
CREATE INDEX help_request_street_trgm_idx ON help_request USING gin (LOWER(street_address) gin_trgm_ops);
CREATE INDEX help_request_resident_phone_trgm_idx ON help_request USING gin (resident_phone gin_trgm_ops);
CREATE INDEX organisation_name_trgm_idx ON organisation USING gin (LOWER(name) gin_trgm_ops);
CREATE INDEX effort_title_trgm_idx ON effort USING gin (LOWER(title) gin_trgm_ops);
