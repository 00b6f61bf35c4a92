-- Offers become hand-picked call-outs (issue 12, docs/adr/0012-one-asking-engine.md): one ask table, one token
-- scheme, one answer page. A hand-picked call-out asks exactly the volunteers a coordinator chose, in one wave.
ALTER TABLE callout ADD COLUMN hand_picked BOOLEAN DEFAULT FALSE NOT NULL;

-- Each request's offers become one hand-picked call-out with one wave. Its id is the request's own (a call-out's
-- id is otherwise random, so none has it). It stays active while an offer waits for an answer, the request is
-- open and no other call-out for it is active; otherwise it is filled (someone accepted) or ended.
INSERT INTO callout (id, subject_type, subject_id, active_subject, title, kind, district_id, need_date, time_from,
  time_to, language, people_needed, accepted, factor, extra_asks, all_districts, urgency, status, waves, started_by,
  started_at, ended_at, end_reason, safeguarding_level, hand_picked)
SELECT q.id, 'HELP_REQUEST', q.id,
  CASE WHEN q.still_asking = 1 THEN q.id END,
  CONCAT('#', q.number), q.kind, q.district_id, q.requested_date, q.time_from, q.time_to, q.language,
  1, q.was_accepted, 1, q.asked - 1, FALSE, 'SOON',
  CASE WHEN q.still_asking = 1 THEN 'ACTIVE' WHEN q.was_accepted = 1 THEN 'FILLED' ELSE 'STOPPED' END,
  1, 'OFFER', q.first_offered,
  CASE WHEN q.still_asking = 1 THEN NULL ELSE q.last_event END,
  CASE WHEN q.still_asking = 1 THEN NULL WHEN q.was_accepted = 1 THEN 'FILLED' ELSE 'OFFERS_CLOSED' END,
  0, TRUE
FROM (
  SELECT r.id, r.number, r.kind, r.district_id, r.requested_date, r.time_from, r.time_to, r.language,
    CASE WHEN r.status IN ('NEW', 'OPEN')
          AND EXISTS (SELECT 1 FROM offer p WHERE p.request_id = r.id AND p.status = 'PENDING')
          AND NOT EXISTS (SELECT 1 FROM callout x WHERE x.subject_type = 'HELP_REQUEST' AND x.active_subject = r.id)
         THEN 1 ELSE 0 END AS still_asking,
    CASE WHEN EXISTS (SELECT 1 FROM offer a WHERE a.request_id = r.id AND a.status = 'ACCEPTED')
         THEN 1 ELSE 0 END AS was_accepted,
    (SELECT COUNT(DISTINCT d.volunteer_id) FROM offer d WHERE d.request_id = r.id) AS asked,
    (SELECT MIN(s.offered_at) FROM offer s WHERE s.request_id = r.id) AS first_offered,
    (SELECT MAX(COALESCE(e.answered_at, e.offered_at)) FROM offer e WHERE e.request_id = r.id) AS last_event
  FROM help_request r
  WHERE EXISTS (SELECT 1 FROM offer o WHERE o.request_id = r.id)
) q;

-- The offers become the asks, with their token hashes: links in e-mails already sent find them. A volunteer
-- offered the same request twice keeps the latest offer.
INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at, answered_at,
  stood_down_at)
SELECT o.id, o.request_id, o.volunteer_id, 1, 'EMAIL', o.token_hash,
  CASE WHEN o.status = 'ACCEPTED' THEN 'ACCEPTED'
       WHEN o.status = 'DECLINED' THEN 'DECLINED'
       WHEN o.status = 'PENDING' AND c.status = 'ACTIVE' THEN 'PENDING'
       ELSE 'STOOD_DOWN' END,
  o.offered_at,
  CASE WHEN o.status IN ('ACCEPTED', 'DECLINED') THEN COALESCE(o.answered_at, o.offered_at) END,
  CASE WHEN o.status IN ('TAKEN', 'WITHDRAWN') OR (o.status = 'PENDING' AND c.status <> 'ACTIVE')
       THEN COALESCE(o.answered_at, c.ended_at, o.offered_at) END
FROM offer o
JOIN callout c ON c.id = o.request_id
WHERE NOT EXISTS (SELECT 1 FROM offer n WHERE n.request_id = o.request_id AND n.volunteer_id = o.volunteer_id
                  AND (n.offered_at > o.offered_at OR (n.offered_at = o.offered_at AND n.id > o.id)));

INSERT INTO callout_wave (callout_id, wave, sent_at, asked, skipped_kind, skipped_far, skipped_other)
SELECT c.id, 1, c.started_at, (SELECT COUNT(*) FROM callout_ask a WHERE a.callout_id = c.id), 0, 0, 0
FROM callout c
WHERE c.hand_picked AND c.started_by = 'OFFER';

-- The contact ledger keeps the offers' asks (source OFFER, ref_id the offer's id, which is now the ask's id).
DROP TABLE offer;
