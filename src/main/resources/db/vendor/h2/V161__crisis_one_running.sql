-- Only one crisis runs at a time. H2 has no partial indexes: a generated column that is TRUE while the crisis runs and
-- NULL after, under a unique index (NULLs never collide), says the same as PostgreSQL's partial index.
ALTER TABLE crisis ADD COLUMN running BOOLEAN GENERATED ALWAYS AS (CASE WHEN ended_at IS NULL THEN TRUE END);
CREATE UNIQUE INDEX crisis_one_running_uk ON crisis (running);
