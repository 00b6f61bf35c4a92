-- A history entry's detail names everyone an offer went to: with 45 or more volunteers it outgrew 1,000
-- characters and the offer failed with 500. The detail is free text of any length (both PostgreSQL and H2 accept
-- SET DATA TYPE; VARCHAR without a length is unbounded in PostgreSQL and 1,000,000 characters in H2).
ALTER TABLE help_request_history ALTER COLUMN detail SET DATA TYPE VARCHAR;
