-- The embedded demo database (H2) has no PL/pgSQL: the triggers that guard spontaneous volunteers on shifts exist on
-- PostgreSQL only (db/vendor/postgresql); SpontaneousTasks checks the same in Java, with the shift row locked.
SELECT 1;
