-- Volunteers confirm that they are 18 or older; shifts marked adult-only take only those who have.
ALTER TABLE volunteer ADD COLUMN adult_confirmed BOOLEAN DEFAULT FALSE NOT NULL;
