-- Which app instance claimed a message for sending (status SENDING): a restarted instance takes back its own
-- unfinished sends at once instead of waiting for the claim's lease to run out (OutboxRecovery).
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(200);
