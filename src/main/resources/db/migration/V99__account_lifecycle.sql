-- Staff accounts that can be ended (issue 14, part 4): when someone last signed in and when an account was
-- disabled. The guard for the last administrator is V100 (PostgreSQL only, like the audit log's guard).
ALTER TABLE account ADD COLUMN last_sign_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
