-- Two staff roles: a department's representative in the collaboration body, and the data-protection officer.
ALTER TABLE account DROP CONSTRAINT account_role_ck;
ALTER TABLE account ADD CONSTRAINT account_role_ck CHECK (role IN ('ADMIN', 'COORDINATOR', 'VOLUNTEER', 'REPRESENTATIVE', 'COACH',
                                                                  'DEPARTMENT_REPRESENTATIVE', 'PRIVACY_OFFICER'));
ALTER TABLE account DROP CONSTRAINT account_password_ck;
ALTER TABLE account ADD CONSTRAINT account_password_ck CHECK ((role IN ('VOLUNTEER', 'REPRESENTATIVE') AND password_hash IS NULL)
                                                          OR (role IN ('ADMIN', 'COORDINATOR', 'COACH', 'DEPARTMENT_REPRESENTATIVE', 'PRIVACY_OFFICER')
                                                              AND password_hash IS NOT NULL));
