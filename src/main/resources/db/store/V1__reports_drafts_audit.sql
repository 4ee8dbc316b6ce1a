-- The centre's store. Every table lives inside the AES-encrypted H2 file.

-- One row per centre; the store belongs to exactly one centre.
CREATE TABLE centre (
  code        VARCHAR(6)   NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The next reference sequence per centre; updated in the same transaction as the report insert.
CREATE TABLE reference_sequence (
  centre_code VARCHAR(6) NOT NULL PRIMARY KEY,
  next_value  BIGINT     NOT NULL
);

-- Finished reports: the exchange-format document, plus the columns lists and searches need.
CREATE TABLE report (
  id            UUID          NOT NULL PRIMARY KEY,
  reference     VARCHAR(20)   NOT NULL UNIQUE,
  centre_code   VARCHAR(6)    NOT NULL,
  recorded_by   VARCHAR(100)  NOT NULL,
  channel       VARCHAR(20)   NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  content_hash  CHAR(64)      NOT NULL,
  document      CLOB          NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_completed_at ON report (completed_at);
CREATE INDEX report_status ON report (status);

-- Reports in progress. A draft belongs to the user who started it.
CREATE TABLE draft (
  id           UUID         NOT NULL PRIMARY KEY,
  owner        VARCHAR(100) NOT NULL,
  step         VARCHAR(50)  NOT NULL,
  answers      CLOB         NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX draft_owner ON draft (owner);

-- Append-only, hash-chained audit log. Rows are never updated or deleted by the application.
CREATE TABLE audit_entry (
  seq          BIGINT       NOT NULL PRIMARY KEY,
  at           TIMESTAMP WITH TIME ZONE NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  action       VARCHAR(30)  NOT NULL,
  subject      VARCHAR(100) NOT NULL,
  detail       VARCHAR(500) NOT NULL,
  previous_hash CHAR(64)    NOT NULL,
  hash         CHAR(64)     NOT NULL
);

-- The newest audit entry, written in the same transaction as each entry, so that removing the
-- last rows of the chain is noticed too.
CREATE TABLE audit_head (
  id    INT       NOT NULL PRIMARY KEY,
  seq   BIGINT    NOT NULL,
  hash  CHAR(64)  NOT NULL
);
