-- Volunteers may opt in to a short monthly letter when they have not been asked: thanks and the situation.
ALTER TABLE volunteer ADD COLUMN digest_opt_in BOOLEAN DEFAULT FALSE NOT NULL;
