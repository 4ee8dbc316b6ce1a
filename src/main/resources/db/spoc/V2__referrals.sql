-- Referrals centres made: a person, through their report, referred to a service of the directory
-- with their consent. No personal details: the report itself is in received_report.
CREATE TABLE referral (
  referral_id UUID NOT NULL PRIMARY KEY,
  report_id UUID NOT NULL REFERENCES received_report (report_id),
  centre_code VARCHAR(6) NOT NULL REFERENCES centre (centre_code),
  service_id VARCHAR(100) NOT NULL,
  consent_purpose VARCHAR(30) NOT NULL,
  made_at TIMESTAMP WITH TIME ZONE NOT NULL,
  made_by VARCHAR(100) NOT NULL,
  content_hash VARCHAR(64) NOT NULL,
  receipt_id VARCHAR(64) NOT NULL,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT referral_receipt_unique UNIQUE (receipt_id)
);

CREATE INDEX referral_by_centre ON referral (centre_code, received_at);
CREATE INDEX referral_by_report ON referral (report_id);
