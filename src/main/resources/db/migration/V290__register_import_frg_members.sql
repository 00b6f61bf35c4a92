-- Imports of resource-group (FRG) members (issue 18, point 2): the staged row keeps the group, the role and a
-- training with its dates; the volunteer (found in the register, never created) is target_id. A member added to a
-- group is the result ADDED.
ALTER TABLE register_import DROP CONSTRAINT register_import_kind_ck;
ALTER TABLE register_import ADD CONSTRAINT register_import_kind_ck
  CHECK (kind IN ('ASSOCIATIONS', 'VOLUNTEERS', 'FRG_MEMBERS'));

ALTER TABLE register_import_row ADD COLUMN group_id UUID;
ALTER TABLE register_import_row ADD COLUMN group_name VARCHAR(120);
ALTER TABLE register_import_row ADD COLUMN member_role VARCHAR(6);
ALTER TABLE register_import_row ADD COLUMN training_name VARCHAR(120);
ALTER TABLE register_import_row ADD COLUMN trained_on DATE;
ALTER TABLE register_import_row ADD COLUMN training_expires DATE;
ALTER TABLE register_import_row ADD CONSTRAINT register_import_row_role_ck
  CHECK (member_role IS NULL OR member_role IN ('LEADER', 'MEMBER'));
ALTER TABLE register_import_row ADD CONSTRAINT register_import_row_training_ck
  CHECK ((training_name IS NULL AND trained_on IS NULL AND training_expires IS NULL)
         OR (training_name IS NOT NULL AND trained_on IS NOT NULL
             AND (training_expires IS NULL OR training_expires >= trained_on)));

ALTER TABLE register_import_row DROP CONSTRAINT register_import_row_result_ck;
ALTER TABLE register_import_row ADD CONSTRAINT register_import_row_result_ck
  CHECK (result IS NULL OR result IN ('CREATED', 'UPDATED', 'INVITED', 'ADDED', 'SKIPPED'));
