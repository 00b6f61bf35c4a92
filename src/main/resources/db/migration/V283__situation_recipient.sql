-- The krisledning's address for the situation reports, set on the reports page (issue 17): one row, or none while the
-- address of samverka.situation.mail-to applies. An empty address means: send no e-mail.
CREATE TABLE situation_setting (
    id BOOLEAN DEFAULT TRUE NOT NULL PRIMARY KEY CHECK (id = TRUE),
    mail_to VARCHAR(254) NOT NULL,
    changed_by VARCHAR(200) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
