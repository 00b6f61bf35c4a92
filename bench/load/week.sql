-- Call-outs for the week at a glance on the load database (after bench/load/seed.sql): 3,000 call-outs with need
-- dates from a week ago to a week ahead, a third still active, ten asks each (30,000) of which the filled places are
-- yeses answered within a day, and every ask in the contact ledger. Volunteers as seed.sql names them.
\set ON_ERROR_STOP on

CREATE TEMP TABLE week_callout AS
SELECT c, md5('wcall' || c)::uuid AS id, md5('wsubj' || c)::uuid AS subject,
       (SELECT id FROM district ORDER BY sort_order, id OFFSET c % (SELECT COUNT(*) FROM district) LIMIT 1) AS district_id,
       current_date - 7 + (c % 15) AS need_date, 1 + c % 5 AS needed,
       (ARRAY['URGENT', 'SOON', 'PLANNED'])[1 + c % 3] AS urgency,
       CASE WHEN c % 3 = 0 THEN 'ACTIVE' WHEN c % 3 = 1 THEN 'FILLED' ELSE 'STOPPED' END AS status,
       now() - ((c % 200) * interval '1 hour') AS started_at
FROM generate_series(1, 3000) c;

INSERT INTO callout (id, subject_type, subject_id, active_subject, title, kind, district_id, need_date, time_from,
  people_needed, accepted, factor, urgency, status, waves, started_by, started_at, ended_at, end_reason)
SELECT id, 'EFFORT_NEED', subject, CASE WHEN status = 'ACTIVE' THEN subject END, 'Last ' || c, 'SHOPPING', district_id,
  need_date, time '10:00', needed,
  CASE WHEN status = 'FILLED' THEN needed WHEN status = 'ACTIVE' THEN needed / 2 ELSE 0 END,
  3, urgency, status, 1, 'load', started_at,
  CASE WHEN status <> 'ACTIVE' THEN started_at + interval '1 day' END,
  CASE WHEN status <> 'ACTIVE' THEN status END
FROM week_callout;

INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at, answered_at)
SELECT md5('wask' || w.c || '-' || k)::uuid, w.id, md5('vol' || (1 + (w.c * 10 + k) * 7 % 100000))::uuid, 1, 'EMAIL',
  encode(sha256(('week-ask-' || w.c || '-' || k)::bytea), 'hex'),
  CASE WHEN k < (SELECT accepted FROM callout WHERE id = w.id) THEN 'ACCEPTED' ELSE 'PENDING' END,
  w.started_at,
  CASE WHEN k < (SELECT accepted FROM callout WHERE id = w.id)
       THEN w.started_at + ((w.c * 37 + k * 11) % 1440) * interval '1 minute' END
FROM week_callout w CROSS JOIN generate_series(0, 9) k;

INSERT INTO contact_log (id, volunteer_id, happened_at, entry, channel, source, ref_id)
SELECT md5('wlog' || a.id)::uuid, a.volunteer_id, a.asked_at - (random() * interval '25 days'), 'ASK', 'EMAIL',
  'CALLOUT', a.id
FROM callout_ask a JOIN week_callout w ON w.id = a.callout_id;

ANALYZE callout;
ANALYZE callout_ask;
ANALYZE contact_log;
