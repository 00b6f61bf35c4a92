-- The last enabled administrator can never be disabled or lose the role (AccountLifecycle checks it first).
CREATE FUNCTION account_keep_one_admin() RETURNS trigger AS $$
BEGIN
  IF OLD.role = 'ADMIN' AND OLD.enabled AND (NOT NEW.enabled OR NEW.role <> 'ADMIN') THEN
    -- one change of administrators at a time, so that two admins cannot disable each other at once
    PERFORM pg_advisory_xact_lock(hashtext('account_keep_one_admin'));
    IF NOT EXISTS (SELECT 1 FROM account WHERE role = 'ADMIN' AND enabled AND id <> OLD.id) THEN
      RAISE EXCEPTION 'the last enabled administrator cannot be disabled or lose the role'
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER account_keep_one_admin BEFORE UPDATE OF enabled, role ON account
  FOR EACH ROW EXECUTE FUNCTION account_keep_one_admin();
