-- H2 (the demo) has no partial indexes; the demo's few requests need none. PostgreSQL's version has the two
-- partial indexes of the queue (issue 11).
CREATE INDEX help_request_active_queue_idx ON help_request (requested_date, time_from, number);
