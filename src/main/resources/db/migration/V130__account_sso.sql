-- Staff who sign in with the municipality's identity provider (issue 14, point 1): linked by the provider's issuer
-- and subject, and without a password (the login form refuses them like an unknown name).
ALTER TABLE account ADD COLUMN sso BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account DROP CONSTRAINT account_password_ck;
ALTER TABLE account ADD CONSTRAINT account_password_ck CHECK (
  (role IN ('VOLUNTEER', 'REPRESENTATIVE') AND password_hash IS NULL AND NOT sso)
  OR (role IN ('ADMIN', 'COORDINATOR', 'COACH', 'DEPARTMENT_REPRESENTATIVE', 'PRIVACY_OFFICER')
      AND ((sso AND password_hash IS NULL) OR (NOT sso AND password_hash IS NOT NULL))));

CREATE TABLE account_sso_identity (
  issuer     VARCHAR(500) NOT NULL,
  subject    VARCHAR(255) NOT NULL,
  account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  linked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT account_sso_identity_pk PRIMARY KEY (issuer, subject),
  CONSTRAINT account_sso_identity_account_uk UNIQUE (account_id)
);
