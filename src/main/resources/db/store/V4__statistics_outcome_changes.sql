-- Statistics look for outcomes that arrived since they last looked (report_sync.updated_at moves
-- whenever the single point of contact's answer for a report changes).
CREATE INDEX report_sync_updated_at ON report_sync (updated_at);
