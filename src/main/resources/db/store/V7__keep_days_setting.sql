-- How many days identifying details stay after the SPOC's receipt (issue 7, "keeping less"). Empty
-- means the default, 30 days. A manager sets it on the "Send to the SPOC" screen or with
-- `purge --set-days N`; the automatic purge after each sync reads it.
ALTER TABLE sync_state ADD COLUMN keep_days INT;
