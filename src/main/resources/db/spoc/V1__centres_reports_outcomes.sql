-- The single point of contact's own store. Portable between H2 2.x and PostgreSQL 12+:
-- lower-case unquoted names, no reserved words, standard types only.

-- One row, made on first start: the identity the health endpoint reports.
CREATE TABLE server_identity (
  server_id VARCHAR(64) NOT NULL PRIMARY KEY,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE centre (
  centre_code VARCHAR(6) NOT NULL PRIMARY KEY,
  centre_name VARCHAR(200) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One-time enrolment codes: only the SHA-256 of the code is kept.
CREATE TABLE enrolment_code (
  code_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  centre_code VARCHAR(6) NOT NULL REFERENCES centre (centre_code),
  issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at TIMESTAMP WITH TIME ZONE,
  withdrawn_at TIMESTAMP WITH TIME ZONE
);

-- Bearer tokens: only the SHA-256 of the token is kept.
CREATE TABLE centre_token (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  centre_code VARCHAR(6) NOT NULL REFERENCES centre (centre_code),
  issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX centre_token_by_centre ON centre_token (centre_code);

-- Every report received, exactly once, as the JSON the centre sent (without any outcome).
CREATE TABLE received_report (
  report_id UUID NOT NULL PRIMARY KEY,
  centre_code VARCHAR(6) NOT NULL REFERENCES centre (centre_code),
  reference_text VARCHAR(20) NOT NULL,
  content_hash VARCHAR(64) NOT NULL,
  report_json VARCHAR(1000000) NOT NULL,
  receipt_id VARCHAR(64) NOT NULL,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome_status VARCHAR(30),
  CONSTRAINT received_report_reference_unique UNIQUE (reference_text),
  CONSTRAINT received_report_receipt_unique UNIQUE (receipt_id)
);

CREATE INDEX received_report_by_centre ON received_report (centre_code);

-- Each outcome recorded for a report, in the order they were committed. change_seq is the cursor
-- centres pull from; it comes from counter so that it grows in commit order (see JooqSpocStore).
CREATE TABLE outcome_change (
  change_seq BIGINT NOT NULL PRIMARY KEY,
  report_id UUID NOT NULL REFERENCES received_report (report_id),
  centre_code VARCHAR(6) NOT NULL REFERENCES centre (centre_code),
  outcome_status VARCHAR(30) NOT NULL,
  message_for_victim VARCHAR(2000),
  closed_on DATE,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX outcome_change_by_centre ON outcome_change (centre_code, change_seq);

CREATE TABLE counter (
  counter_name VARCHAR(40) NOT NULL PRIMARY KEY,
  next_number BIGINT NOT NULL
);

INSERT INTO counter (counter_name, next_number) VALUES ('outcome_change', 1);

-- Each published version of the directory of support services; the highest is current.
CREATE TABLE directory_version (
  version_number INT NOT NULL PRIMARY KEY,
  published_at TIMESTAMP WITH TIME ZONE NOT NULL,
  directory_json TEXT NOT NULL
);
