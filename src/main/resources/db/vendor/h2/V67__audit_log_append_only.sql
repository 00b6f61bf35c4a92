-- The embedded demo database (H2) has no PL/pgSQL: the append-only guard of the audit log exists on PostgreSQL only
-- (db/vendor/postgresql). Production runs on PostgreSQL.
SELECT 1;
