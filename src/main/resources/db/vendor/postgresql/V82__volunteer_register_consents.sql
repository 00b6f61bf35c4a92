-- Volunteers who signed up before consents were recorded per purpose (V68) consented to the volunteer register with
-- the privacy notice of their sign-up: that consent is written to the register, so they see it and can withdraw it.
INSERT INTO consent_record (id, person_kind, person_id, purpose, notice_version, given_at, recorded_by, withdrawn_at, active_key)
SELECT gen_random_uuid(), 'VOLUNTEER', v.id, 'VOLUNTEER_REGISTER', v.privacy_notice_version, v.consented_at, 'self', NULL,
       CONCAT('VOLUNTEER:', LOWER(CAST(v.id AS VARCHAR(36))), ':VOLUNTEER_REGISTER')
FROM volunteer v
WHERE NOT EXISTS (SELECT 1 FROM consent_record c
                  WHERE c.person_kind = 'VOLUNTEER' AND c.person_id = v.id AND c.purpose = 'VOLUNTEER_REGISTER');
