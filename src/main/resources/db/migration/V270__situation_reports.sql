-- The daily situation report (lägesrapport, issue 17 point 5): each report's figures are kept as a snapshot, so a
-- later report shows what changed since this one and an old report reads the same as on the day it was made.
CREATE TABLE situation_report (
    id UUID PRIMARY KEY,
    crisis_id UUID NOT NULL REFERENCES crisis (id),
    crisis_name VARCHAR(120) NOT NULL,
    period_from TIMESTAMP WITH TIME ZONE NOT NULL,
    period_to TIMESTAMP WITH TIME ZONE NOT NULL,
    generated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    generated_by VARCHAR(100) NOT NULL,
    trigger_kind VARCHAR(10) NOT NULL CHECK (trigger_kind IN ('DAILY', 'ON_DEMAND')),
    -- the local day of a daily report: one daily report per crisis and day, also when two instances run the task
    daily_on DATE,
    CONSTRAINT situation_report_period_ck CHECK (period_to >= period_from),
    CONSTRAINT situation_report_daily_ck CHECK ((trigger_kind = 'DAILY') = (daily_on IS NOT NULL)),
    CONSTRAINT situation_report_daily_uk UNIQUE (crisis_id, daily_on)
);

CREATE INDEX situation_report_generated_ix ON situation_report (generated_at DESC);

CREATE TABLE situation_figure (
    report_id UUID NOT NULL REFERENCES situation_report (id) ON DELETE CASCADE,
    section VARCHAR(40) NOT NULL,
    -- '' when the figure belongs to no district (the whole municipality)
    district_id VARCHAR(64) NOT NULL,
    -- a message key naming the row (a kind of help, a kind of incident) or '' for none
    item_key VARCHAR(120) NOT NULL,
    measure VARCHAR(40) NOT NULL,
    figure NUMERIC(14, 2) NOT NULL,
    CONSTRAINT situation_figure_pk PRIMARY KEY (report_id, section, district_id, item_key, measure)
);
