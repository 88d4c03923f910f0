-- HURRIED: the error names a missing column, so add the column. The history is left as it is.
\c app_db
ALTER TABLE orders ADD COLUMN voucher_code varchar(24);
\score
