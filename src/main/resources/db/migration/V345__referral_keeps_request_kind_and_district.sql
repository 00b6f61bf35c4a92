-- A referral keeps the kind and the district of the request it refers (issue 12: modules own their data): the
-- referrals' overview counts and filters by them without reading the help-request module's table. A request's kind
-- and district are fixed when it is submitted, so the copy made with the referral stays true. Existing referrals
-- get them from their request.
ALTER TABLE referral ADD COLUMN request_kind VARCHAR(30);
ALTER TABLE referral ADD COLUMN request_district_id VARCHAR(40);
UPDATE referral
SET request_kind = (SELECT h.kind FROM help_request h WHERE h.id = referral.request_id),
    request_district_id = (SELECT h.district_id FROM help_request h WHERE h.id = referral.request_id);
ALTER TABLE referral ALTER COLUMN request_kind SET NOT NULL;
ALTER TABLE referral ALTER COLUMN request_district_id SET NOT NULL;
ALTER TABLE referral ADD CONSTRAINT referral_request_kind_fk FOREIGN KEY (request_kind) REFERENCES help_kind (code);
ALTER TABLE referral ADD CONSTRAINT referral_request_district_fk
  FOREIGN KEY (request_district_id) REFERENCES district (id);
