-- The language a volunteer's e-mails and SMS go out in, kept by the volunteer module on its own row: call-out
-- waves read it for thousands of volunteers at once, without joining the account module's table. Until now it was
-- read from the volunteer's account, so the account's language is where it starts.
ALTER TABLE volunteer ADD COLUMN locale VARCHAR(5) DEFAULT 'sv' NOT NULL;
UPDATE volunteer SET locale = (SELECT a.locale FROM account a WHERE a.id = volunteer.account_id);
ALTER TABLE volunteer ADD CONSTRAINT volunteer_locale_ck CHECK (locale IN ('sv', 'en'));
