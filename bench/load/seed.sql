-- Realistic volume for the load harness (bench/load/run.sh): 100,000 volunteers over Ekerö's districts with their
-- kinds, languages and register consent, 50,000 help requests in every status over the last year and the coming
-- weeks, and one open request asked of 200 volunteers in a hand-picked call-out, whose answer-link tokens are 'load-offer-0' ... 'load-offer-199'
-- (only the SHA-256 is stored, as the application does). Run on an empty, migrated database; :volunteers and
-- :requests may be given with psql -v.
\set ON_ERROR_STOP on
\if :{?volunteers} \else \set volunteers 100000 \endif
\if :{?requests} \else \set requests 50000 \endif

CREATE TEMP TABLE districts AS
  SELECT id, row_number() OVER (ORDER BY sort_order, id) - 1 AS n FROM district;

INSERT INTO account (id, username, password_hash, role, display_name, locale, enabled, created_at)
SELECT md5('acc' || i)::uuid, 'load.volunteer' || i || '@example.org', NULL, 'VOLUNTEER', 'Volontär ' || i,
       CASE WHEN i % 10 < 8 THEN 'sv' ELSE 'en' END, true, now() - (i % 400) * interval '1 day'
FROM generate_series(1, :volunteers) i;

INSERT INTO volunteer (id, account_id, name, email, phone, has_car, weekday_daytime, weekday_evening, weekend_daytime,
                       weekend_evening, ask_frequency, paused_until, privacy_notice_version, consented_at,
                       email_confirmed_at, created_at, contact_channel, quiet_from, quiet_to, digest_opt_in,
                       adult_confirmed, last_active_at)
SELECT md5('vol' || i)::uuid, md5('acc' || i)::uuid, 'Volontär ' || i, 'load.volunteer' || i || '@example.org',
       '+4670' || lpad(i::text, 7, '0'), i % 3 = 0, i % 2 = 0, i % 3 <> 0, i % 4 = 0, i % 5 = 0,
       (ARRAY['ONCE_A_WEEK', 'TWICE_A_MONTH', 'ONCE_A_MONTH', 'ONLY_IN_CRISIS'])[1 + i % 4],
       CASE WHEN i % 25 = 0 THEN current_date + 10 END, '2026-01', now() - (i % 400) * interval '1 day',
       CASE WHEN i % 33 <> 0 THEN now() - (i % 400) * interval '1 day' END, now() - (i % 400) * interval '1 day',
       CASE WHEN i % 5 = 0 THEN 'SMS' ELSE 'EMAIL' END,
       CASE WHEN i % 2 = 0 THEN time '21:00' END, CASE WHEN i % 2 = 0 THEN time '08:00' END, i % 10 = 0, true,
       now() - (i % 90) * interval '1 day'
FROM generate_series(1, :volunteers) i;

-- one or two districts each: its own and, for a third, the next one
INSERT INTO volunteer_district (volunteer_id, district_id)
SELECT md5('vol' || i)::uuid, d.id FROM generate_series(1, :volunteers) i
JOIN districts d ON d.n = i % (SELECT count(*) FROM districts)
UNION ALL
SELECT md5('vol' || i)::uuid, d.id FROM generate_series(1, :volunteers) i
JOIN districts d ON d.n = (i + 1) % (SELECT count(*) FROM districts)
WHERE i % 3 = 0;

INSERT INTO volunteer_help_kind (volunteer_id, kind)
SELECT md5('vol' || i)::uuid, k.kind
FROM generate_series(1, :volunteers) i
CROSS JOIN (VALUES (0, 'SHOPPING'), (1, 'PHARMACY'), (2, 'OTHER_ERRAND'), (3, 'TRANSPORT'), (4, 'PHONE_COMPANIONSHIP')) k(n, kind)
WHERE k.n = 0 AND i % 5 <> 4 OR k.n = i % 5 OR (k.n = 1 AND i % 2 = 0);

INSERT INTO volunteer_language (volunteer_id, language)
SELECT md5('vol' || i)::uuid, 'sv' FROM generate_series(1, :volunteers) i
UNION ALL
SELECT md5('vol' || i)::uuid, (ARRAY['en', 'fi', 'ar', 'so'])[1 + i % 4] FROM generate_series(1, :volunteers) i WHERE i % 3 = 0;

-- The onboarding module's row per volunteer, as its listeners would have written it at each sign-up (no checks or
-- pledges are seeded: every volunteer who offers a kind above level 0 still needs an identity check). Without it the
-- module's catch-up job would add all of them while the runs measure.
INSERT INTO onboarding_progress (volunteer_id, signed_up_at, email_confirmed, needs_id_check, id_check_valid_before,
                                 pledge_version, progressed_at)
SELECT v.id, v.created_at, v.email_confirmed_at IS NOT NULL,
       EXISTS (SELECT 1 FROM volunteer_help_kind k WHERE k.volunteer_id = v.id AND k.kind <> 'PHONE_COMPANIONSHIP'),
       NULL, NULL, v.created_at
FROM volunteer v
WHERE v.id IN (SELECT md5('vol' || i)::uuid FROM generate_series(1, :volunteers) i);

INSERT INTO consent_record (id, person_kind, person_id, purpose, notice_version, given_at, recorded_by, withdrawn_at, active_key)
SELECT gen_random_uuid(), 'VOLUNTEER', md5('vol' || i)::uuid, 'VOLUNTEER_REGISTER', '2026-01',
       now() - (i % 400) * interval '1 day', 'self', NULL,
       'VOLUNTEER:' || md5('vol' || i)::uuid || ':VOLUNTEER_REGISTER'
FROM generate_series(1, :volunteers) i;

-- requests: a tenth new, a tenth open (the queue), the rest closed over the last year
INSERT INTO help_request (id, number, series_id, resident_name, resident_phone, street_address, district_id, kind,
                          description, requested_date, time_from, time_to, recurrence, payment_method, code_word,
                          language, channel, status, not_helped_reason, created_at, updated_at)
SELECT md5('req' || i)::uuid, nextval('help_request_number_seq'), md5('ser' || i)::uuid, 'Invånare ' || i,
       '+468' || lpad(i::text, 7, '0'), 'Lastgatan ' || i, d.id,
       (ARRAY['SHOPPING', 'PHARMACY', 'OTHER_ERRAND', 'TRANSPORT', 'PHONE_COMPANIONSHIP'])[1 + i % 5],
       'Behöver hjälp med ärende ' || i,
       CASE WHEN i % 10 < 2 THEN current_date + (i % 14) ELSE current_date - (i % 365) END,
       time '10:00', time '12:00', 'ONE_OFF', 'SWISH', 'Kod' || i, NULL,
       CASE WHEN i % 3 = 0 THEN 'PHONE' ELSE 'WEB' END,
       CASE WHEN i % 10 = 0 THEN 'NEW' WHEN i % 10 = 1 THEN 'OPEN' WHEN i % 10 < 8 THEN 'DONE'
            WHEN i % 10 = 8 THEN 'CANCELLED' ELSE 'NOT_HELPED' END,
       CASE WHEN i % 10 = 9 THEN 'Ingen volontär hittades' END,
       now() - (i % 365) * interval '1 day', now() - (i % 365) * interval '1 day'
FROM generate_series(1, :requests) i
JOIN districts d ON d.n = i % (SELECT count(*) FROM districts);

INSERT INTO help_request_history (request_id, occurred_at, actor, action, from_status, to_status)
SELECT md5('req' || i)::uuid, now() - (i % 365) * interval '1 day', 'web', 'SUBMITTED', NULL, 'NEW'
FROM generate_series(1, :requests) i;

-- the request 200 volunteers were offered: open, in Ekerö centrum, tomorrow
INSERT INTO help_request (id, number, series_id, resident_name, resident_phone, street_address, district_id, kind,
                          description, requested_date, time_from, time_to, recurrence, payment_method, code_word,
                          language, channel, status, created_at, updated_at)
VALUES (md5('offered')::uuid, nextval('help_request_number_seq'), md5('offered-series')::uuid, 'Erbjuden Invånare',
        '+46856000000', 'Erbjudandevägen 1', 'ekero-centrum', 'SHOPPING', 'Handla till helgen', current_date + 1,
        time '10:00', time '12:00', 'ONE_OFF', 'SWISH', 'Erbjuden', NULL, 'PHONE', 'OPEN', now(), now());

-- ... asked in one hand-picked call-out (offers became hand-picked call-outs in V155): one wave of 200 asks
INSERT INTO callout (id, subject_type, subject_id, active_subject, title, kind, district_id, need_date, time_from,
  time_to, language, people_needed, accepted, factor, extra_asks, all_districts, urgency, status, waves, started_by,
  started_at, safeguarding_level, hand_picked)
SELECT r.id, 'HELP_REQUEST', r.id, r.id, CONCAT('#', r.number), r.kind, r.district_id, r.requested_date, r.time_from,
  r.time_to, r.language, 1, 0, 1, 199, FALSE, 'SOON', 'ACTIVE', 1, 'load', now(), 0, TRUE
FROM help_request r WHERE r.id = md5('offered')::uuid;

INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at)
SELECT gen_random_uuid(), md5('offered')::uuid, md5('vol' || (i * 7 + 1))::uuid, 1, 'EMAIL',
       encode(sha256(convert_to('load-offer-' || i, 'UTF8')), 'hex'), 'PENDING', now()
FROM generate_series(0, 199) i;

INSERT INTO callout_wave (callout_id, wave, sent_at, asked, skipped_kind, skipped_far, skipped_other)
VALUES (md5('offered')::uuid, 1, now(), 200, 0, 0, 0);

DROP TABLE districts;
ANALYZE;
