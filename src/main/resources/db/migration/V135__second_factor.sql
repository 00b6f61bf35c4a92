-- The second factor of local staff accounts (issue 14, point 3): the address the e-mailed sign-in code goes to (null:
-- the username when it is an e-mail address) and the one live code, kept only as a hash, with its expiry, the wrong
-- tries at it and how many codes were sent in the current window (the rate limit holds across instances).
CREATE TABLE second_factor (
  account_id         UUID NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
  email              VARCHAR(254),
  code_hash          VARCHAR(64),
  code_expires_at    TIMESTAMP WITH TIME ZONE,
  failed_attempts    INT NOT NULL DEFAULT 0,
  codes_sent         INT NOT NULL DEFAULT 0,
  window_started_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT second_factor_code_ck CHECK ((code_hash IS NULL AND code_expires_at IS NULL)
                                       OR (code_hash IS NOT NULL AND code_expires_at IS NOT NULL)),
  CONSTRAINT second_factor_attempts_ck CHECK (failed_attempts >= 0),
  CONSTRAINT second_factor_sent_ck CHECK (codes_sent >= 0),
  CONSTRAINT second_factor_email_ck CHECK (email IS NULL OR email LIKE '_%@_%')
);
