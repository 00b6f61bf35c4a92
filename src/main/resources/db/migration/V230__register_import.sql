-- Imports of associations and volunteers from a spreadsheet (issue 18): the parsed rows wait here, each with the
-- outcome the preview showed, until an administrator confirms; the import runs as a background job and the rows
-- stay as its report. Deleted after a month by the retention job (register-imports).

CREATE TABLE register_import (
  id            UUID NOT NULL PRIMARY KEY,
  kind          VARCHAR(12) NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  uploaded_by   VARCHAR(200) NOT NULL,
  uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  language      VARCHAR(2) NOT NULL,
  status        VARCHAR(10) NOT NULL,
  confirmed_by  VARCHAR(200),
  confirmed_at  TIMESTAMP WITH TIME ZONE,
  finished_at   TIMESTAMP WITH TIME ZONE,
  row_count     INTEGER NOT NULL,
  processed     INTEGER DEFAULT 0 NOT NULL,
  CONSTRAINT register_import_kind_ck CHECK (kind IN ('ASSOCIATIONS', 'VOLUNTEERS')),
  CONSTRAINT register_import_status_ck CHECK (status IN ('PREVIEW', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  CONSTRAINT register_import_confirmed_ck CHECK (status = 'PREVIEW' OR confirmed_at IS NOT NULL)
);
CREATE INDEX register_import_uploaded_idx ON register_import (uploaded_at);

CREATE TABLE register_import_row (
  import_id     UUID NOT NULL REFERENCES register_import (id) ON DELETE CASCADE,
  line_no       INTEGER NOT NULL,
  outcome       VARCHAR(9) NOT NULL,
  reason        VARCHAR(40),
  reason_arg    VARCHAR(100),
  -- the organisation an UPDATE row changes
  target_id     UUID,
  name          VARCHAR(200),
  org_number    VARCHAR(11),
  email         VARCHAR(254),
  phone         VARCHAR(20),
  districts     VARCHAR(1000),
  form          VARCHAR(30),
  website       VARCHAR(300),
  purpose       VARCHAR(2000),
  languages     VARCHAR(200),
  -- what the file said, for an ERROR or DUPLICATE row (shown in the preview and the report)
  raw           VARCHAR(2000),
  -- after the run: what was done (CREATED, UPDATED, INVITED, SKIPPED)
  result        VARCHAR(8),
  PRIMARY KEY (import_id, line_no),
  CONSTRAINT register_import_row_outcome_ck CHECK (outcome IN ('NEW', 'UPDATE', 'DUPLICATE', 'ERROR')),
  CONSTRAINT register_import_row_result_ck CHECK (result IS NULL OR result IN ('CREATED', 'UPDATED', 'INVITED',
                                                                               'SKIPPED'))
);
CREATE INDEX register_import_row_outcome_idx ON register_import_row (import_id, outcome, line_no);
