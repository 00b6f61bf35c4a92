-- Staff search at 100,000 volunteers and 50,000 requests (issue 16, docs/performance.md).
--
-- A search with four or more digits (part of a phone number, a request number) also looks for them in the asker's
-- phone, which had no index, so the whole request table was read (86 ms at 50,000 requests). With this trigram index
-- every condition of the request search has an index and PostgreSQL combines them (2 ms).
CREATE INDEX help_request_submitter_phone_trgm_idx ON help_request USING gin (submitter_phone gin_trgm_ops);

-- The volunteer search lists the newest 20 matches. PostgreSQL either walks the sign-up index backwards until it
-- has 20 (quick when many match) or finds the matches through the trigram indexes and sorts them (quick when few
-- do). It guesses how many match by trying the text on a sample of 100 values per column; one chance hit in the
-- sample ("5555" inside one e-mail address) makes it guess 1 % of everyone, walk, and read all 100,000 rows for
-- the 22 that match (224 ms). A sample of 1,000 values makes such a guess ten times rarer and ten times smaller.
ALTER TABLE volunteer ALTER COLUMN phone SET STATISTICS 1000;
ALTER INDEX volunteer_name_trgm_idx ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX volunteer_email_trgm_idx ALTER COLUMN 1 SET STATISTICS 1000;
ANALYZE volunteer;
