-- On H2 (the single-instance demo) the rate limits live in memory (web/InMemoryBuckets): nothing to change here.
-- The version exists so that both databases go through the same numbers.
SELECT 1;
