-- The embedded demo database (H2) has no PL/pgSQL: the guard for the last administrator exists on PostgreSQL only
-- (db/vendor/postgresql); AccountLifecycle checks it in Java on every database.
SELECT 1;
