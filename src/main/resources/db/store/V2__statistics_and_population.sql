-- Statistics. Only de-identified facts live here: no names, contacts or free text except the
-- ward, an area name. They are kept when a report's personal details are purged, so the
-- statistics of past quarters do not change.

-- One row per finished report. Multi-valued code lists are comma-separated codes. The report's
-- content hash and updated_at as they were when the facts were read: when either moves (an
-- outcome arrived, a correction), the facts are read again.
CREATE TABLE report_fact (
  report_id         UUID          NOT NULL PRIMARY KEY,
  content_hash      CHAR(64)      NOT NULL,
  source_updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  channel           VARCHAR(20)   NOT NULL,
  reporter_role     VARCHAR(20)   NOT NULL,
  anonymous         BOOLEAN       NOT NULL,
  strands           VARCHAR(300)  NOT NULL,
  incident_types    VARCHAR(600)  NOT NULL,
  location_type     VARCHAR(30)   NOT NULL,
  ward              VARCHAR(100),
  happened_before   VARCHAR(20)   NOT NULL,
  consents_given    VARCHAR(200)  NOT NULL,
  outcome_status    VARCHAR(30),
  outcome_actions   INT           NOT NULL,
  referrals         INT           NOT NULL,
  first_outcome_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX report_fact_completed_at ON report_fact (completed_at);

-- Population figures for rates per 100,000: the whole area (scope 'area') or one ward
-- (scope 'ward:' followed by the ward's name in lower case).
CREATE TABLE population (
  scope       VARCHAR(110)  NOT NULL PRIMARY KEY,
  label       VARCHAR(100)  NOT NULL,
  people      BIGINT        NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Settings of the statistics, such as whether small counts are suppressed.
CREATE TABLE statistics_setting (
  setting_name   VARCHAR(50)   NOT NULL PRIMARY KEY,
  setting_value  VARCHAR(200)  NOT NULL
);

-- Statistics look for reports changed since they last looked.
CREATE INDEX report_updated_at ON report (updated_at);
