-- The kinds of help a crisis needs (issue 17): water, warmth, information and checking on a neighbour. They are
-- offered only while a crisis runs: the crisis module offers them at its start and retires them again at its end.
-- An administrator may rename them, set their level or order them like any other kind. Medicine and lifts are the
-- everyday kinds PHARMACY and TRANSPORT. A kind with the same Swedish or English name that an administrator added
-- already is left as it is.
ALTER TABLE help_kind ADD COLUMN crisis_only BOOLEAN NOT NULL DEFAULT FALSE;

INSERT INTO help_kind (code, name_sv, name_en, sort_order, safeguarding_level, created_at, retired_at, crisis_only)
  SELECT 'WATER', 'Vatten', 'Water', 101, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, TRUE
  WHERE NOT EXISTS (SELECT 1 FROM help_kind WHERE code = 'WATER' OR LOWER(name_sv) = 'vatten' OR LOWER(name_en) = 'water');
INSERT INTO help_kind (code, name_sv, name_en, sort_order, safeguarding_level, created_at, retired_at, crisis_only)
  SELECT 'WARMTH', 'Värme', 'Warmth', 102, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, TRUE
  WHERE NOT EXISTS (SELECT 1 FROM help_kind WHERE code = 'WARMTH' OR LOWER(name_sv) = 'värme' OR LOWER(name_en) = 'warmth');
INSERT INTO help_kind (code, name_sv, name_en, sort_order, safeguarding_level, created_at, retired_at, crisis_only)
  SELECT 'INFORMATION', 'Information', 'Information', 103, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, TRUE
  WHERE NOT EXISTS (SELECT 1 FROM help_kind WHERE code = 'INFORMATION' OR LOWER(name_sv) = 'information' OR LOWER(name_en) = 'information');
INSERT INTO help_kind (code, name_sv, name_en, sort_order, safeguarding_level, created_at, retired_at, crisis_only)
  SELECT 'CHECK_ON_NEIGHBOUR', 'Titta till en granne', 'Check on a neighbour', 104, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, TRUE
  WHERE NOT EXISTS (SELECT 1 FROM help_kind WHERE code = 'CHECK_ON_NEIGHBOUR' OR LOWER(name_sv) = 'titta till en granne' OR LOWER(name_en) = 'check on a neighbour');

INSERT INTO help_kind_name (code, valid_from, name_sv, name_en)
  SELECT k.code, k.created_at, k.name_sv, k.name_en FROM help_kind k
  WHERE k.crisis_only AND NOT EXISTS (SELECT 1 FROM help_kind_name n WHERE n.code = k.code);
