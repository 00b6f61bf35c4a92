-- How a volunteer wants to be asked (e-mail or SMS) and when never to be asked (quiet hours, local time).
ALTER TABLE volunteer ADD COLUMN contact_channel VARCHAR(10) DEFAULT 'EMAIL' NOT NULL;
ALTER TABLE volunteer ADD COLUMN quiet_from TIME;
ALTER TABLE volunteer ADD COLUMN quiet_to TIME;
ALTER TABLE volunteer ADD CONSTRAINT volunteer_contact_channel_ck CHECK (contact_channel IN ('EMAIL', 'SMS'));
ALTER TABLE volunteer ADD CONSTRAINT volunteer_quiet_hours_ck
  CHECK ((quiet_from IS NULL AND quiet_to IS NULL) OR (quiet_from IS NOT NULL AND quiet_to IS NOT NULL AND quiet_from <> quiet_to));
