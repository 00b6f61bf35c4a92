-- The demo on H2 runs one instance and keeps its rate limits in memory (web/InMemoryBuckets): no table needed.
-- This file only keeps the version numbers of both databases in step.
SELECT 1;
