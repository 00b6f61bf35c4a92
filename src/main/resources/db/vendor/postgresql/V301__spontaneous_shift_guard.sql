-- The database's own guard for spontaneous volunteers on shifts (V300). A pairing locks its shift row, so a
-- safeguarding level set on the shift at the same moment either waits for the pairing (and is then refused, below)
-- or is seen by it (and the pairing is refused). SpontaneousTasks checks the same in Java first, on every database.
CREATE FUNCTION spontaneous_shift_guard() RETURNS trigger AS $$
DECLARE
  shift_level INT;
  completed TIMESTAMP WITH TIME ZONE;
BEGIN
  SELECT COALESCE(safeguarding_level, 0) INTO shift_level FROM effort_shift WHERE id = NEW.shift_id FOR UPDATE;
  IF shift_level > 0 THEN
    RAISE EXCEPTION 'a spontaneous volunteer cannot be given a shift that needs a safeguarding level'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'spontaneous_shift_level_ck';
  END IF;
  IF NEW.checked THEN
    SELECT checks_completed_at INTO completed FROM spontaneous_volunteer WHERE id = NEW.spontaneous_id FOR SHARE;
    IF completed IS NULL THEN
      RAISE EXCEPTION 'only a spontaneous volunteer whose checks are completed may work without a partner'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'spontaneous_shift_checked_ck';
    END IF;
  END IF;
  IF NEW.partner_volunteer_id IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM effort_signup
      WHERE shift_id = NEW.shift_id AND volunteer_id = NEW.partner_volunteer_id AND status = 'CONFIRMED') THEN
    RAISE EXCEPTION 'the partner must be a registered volunteer confirmed on the shift'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'spontaneous_shift_partner_on_shift_ck';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER spontaneous_shift_guard BEFORE INSERT OR UPDATE ON spontaneous_shift
  FOR EACH ROW EXECUTE FUNCTION spontaneous_shift_guard();

-- A level cannot be put on a shift that has a spontaneous volunteer on it (take them off first).
CREATE FUNCTION effort_shift_spontaneous_level() RETURNS trigger AS $$
BEGIN
  IF COALESCE(NEW.safeguarding_level, 0) > 0
     AND EXISTS (SELECT 1 FROM spontaneous_shift WHERE shift_id = NEW.id) THEN
    RAISE EXCEPTION 'the shift has a spontaneous volunteer on it and cannot need a safeguarding level'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'spontaneous_shift_level_ck';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER effort_shift_spontaneous_level BEFORE UPDATE OF safeguarding_level ON effort_shift
  FOR EACH ROW EXECUTE FUNCTION effort_shift_spontaneous_level();
