-- Sync with the single point of contact (SPOC). Every table lives inside the AES-encrypted H2
-- file, so the centre's token is never on disk in clear.

-- The SPOC this centre sends to, and the token it gave at enrolment. At most one row.
CREATE TABLE spoc_link (
  id           INT           NOT NULL PRIMARY KEY,
  base_url     VARCHAR(500)  NOT NULL,
  server_id    VARCHAR(100)  NOT NULL,
  centre_name  VARCHAR(200)  NOT NULL,
  token        VARCHAR(200)  NOT NULL,
  enrolled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  enrolled_by  VARCHAR(100)  NOT NULL
);

-- What the SPOC said about each report, and what came back. The report's status column stays the
-- one place that says where it is; this row holds the proof (receipt) or the reason (attention).
CREATE TABLE report_sync (
  report_id          UUID          NOT NULL PRIMARY KEY,
  receipt_id         VARCHAR(100),
  received_at        TIMESTAMP WITH TIME ZONE,
  duplicate          BOOLEAN       DEFAULT FALSE NOT NULL,
  attention_kind     VARCHAR(20),
  attention_reason   VARCHAR(4000),
  outcome            CLOB,
  outcome_updated_at TIMESTAMP WITH TIME ZONE,
  outcome_news       BOOLEAN       DEFAULT FALSE NOT NULL,
  purged_at          TIMESTAMP WITH TIME ZONE,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT report_sync_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX report_sync_received_at ON report_sync (received_at);

-- Where the centre is in what comes back: the outcomes cursor and the cached directory. One row.
CREATE TABLE sync_state (
  id                   INT           NOT NULL PRIMARY KEY,
  outcomes_cursor      VARCHAR(100),
  directory_etag       VARCHAR(200),
  directory            CLOB,
  directory_fetched_at TIMESTAMP WITH TIME ZONE
);
