-- The rate-limit buckets (V121, web/PostgresBuckets) need no durability: after a crash every bucket may start full
-- again, as it does after a restart of the in-memory buckets. As a logged table every take waited for its commit to
-- reach the disk while it held the row lock, so all the posts from one address (every sign-up of a surge from one
-- network) queued behind one WAL flush each (issue 11, "Profiling the sign-up" in docs/performance.md). An unlogged
-- table writes no WAL, so a transaction that touches only it commits without waiting for the disk. It is emptied after
-- a crash and not copied to standbys: after a failover the limits start again from full buckets.
ALTER TABLE rate_limit_token SET UNLOGGED;
