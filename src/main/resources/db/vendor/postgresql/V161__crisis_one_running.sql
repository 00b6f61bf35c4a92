-- Only one crisis runs at a time: at most one row without an end.
CREATE UNIQUE INDEX crisis_one_running_uk ON crisis ((TRUE)) WHERE ended_at IS NULL;
