-- The coordinators' queue at 50,000 requests (issue 11): the open requests in date order and the "needs attention"
-- lists read the first rows of this index instead of sorting every open request (6-7 ms each before, under 1 ms).
CREATE INDEX help_request_active_queue_idx ON help_request (requested_date, time_from, number)
  WHERE status IN ('NEW', 'OPEN', 'ASSIGNED');
-- "a referral ran out": the few history rows of these actions, not a scan of the whole history (14 ms before).
CREATE INDEX help_request_history_referral_end_idx ON help_request_history (request_id)
  WHERE action IN ('REFERRAL_EXPIRED', 'REFERRAL_ALL_DECLINED');
