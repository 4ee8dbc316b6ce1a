-- Corrections of coded answers (issue 8, ADR 0602). A coded value is kept as its codes in old_value
-- and new_value ("race,religion"); these columns keep the words the manager was shown for them
-- ("Race or ethnicity, Religion or belief"), so the row reads plainly without the code list. They are
-- empty for free-text answers, whose value is already the words. The purge empties them with the
-- values.
ALTER TABLE report_correction ADD COLUMN old_words CLOB;
ALTER TABLE report_correction ADD COLUMN new_words CLOB;
