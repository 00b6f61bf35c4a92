-- PostgreSQL gets a trigram index and larger statistics samples for the staff search in V210
-- (db/vendor/postgresql); H2, the demo's database, has neither, and its searches read the (small) tables. This
-- statement only keeps the versions equal.
SELECT 1;
