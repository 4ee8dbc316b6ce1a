-- The report list and corrections (issue 8). Every table lives inside the AES-encrypted H2 file.

-- The list sorts by these columns over many thousands of reports, newest first, ties broken by
-- reference: an index in that order lets H2 read the first page and stop, instead of sorting
-- every report. (Sorting the other way round is a full sort, done only when someone asks.)
CREATE INDEX report_newest ON report (completed_at DESC, reference DESC);
CREATE INDEX report_recorded_by ON report (recorded_by, completed_at, reference);
CREATE INDEX report_channel ON report (channel, completed_at, reference);
CREATE INDEX report_status_completed ON report (status, completed_at, reference);

-- A report's audit trail is the audit entries whose subject is its reference.
CREATE INDEX audit_entry_subject ON audit_entry (subject, seq);

-- What a correction changed: one row per field. The audit entry (audit_seq) names the fields and
-- carries a SHA-256 of these values, so the values can be checked while they exist; they live here
-- rather than in the hash-chained audit row so that the purge can remove them (old_value and
-- new_value become NULL and removed_at is set) without breaking the chain. See ADR 0601.
CREATE TABLE report_correction (
  audit_seq    BIGINT        NOT NULL,
  field_name   VARCHAR(50)   NOT NULL,
  report_id    UUID          NOT NULL,
  old_value    CLOB,
  new_value    CLOB,
  removed_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT report_correction_pk PRIMARY KEY (audit_seq, field_name),
  CONSTRAINT report_correction_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX report_correction_by_report ON report_correction (report_id, audit_seq);
