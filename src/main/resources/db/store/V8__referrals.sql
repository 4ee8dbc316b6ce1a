-- Referrals: a person, through their report, referred to a service of the directory with the
-- matching consent. Kept inside the encrypted file like everything else. The SPOC's answer is kept
-- beside each: a referral is shown as sent only with the SPOC's receipt.
CREATE TABLE referral (
  id                UUID          NOT NULL PRIMARY KEY,
  report_id         UUID          NOT NULL,
  service_id        VARCHAR(100)  NOT NULL,
  service_name      VARCHAR(300)  NOT NULL,
  consent_purpose   VARCHAR(30)   NOT NULL,
  made_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  made_by           VARCHAR(100)  NOT NULL,
  spoc_receipt_id   VARCHAR(100),
  spoc_received_at  TIMESTAMP WITH TIME ZONE,
  attention_reason  VARCHAR(2000),
  CONSTRAINT referral_report FOREIGN KEY (report_id) REFERENCES report (id),
  CONSTRAINT referral_once_per_service UNIQUE (report_id, service_id)
);
CREATE INDEX referral_made_at ON referral (made_at);
