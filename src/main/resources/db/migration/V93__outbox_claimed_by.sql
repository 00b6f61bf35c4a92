-- Which app instance claimed a message for sending (status SENDING), and when: a restarted instance takes back
-- its own unfinished sends, claimed before it started, at once instead of waiting for the lease (OutboxRecovery).
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE outbox_message ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
