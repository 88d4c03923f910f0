-- Enough for the export's sort (about 1.7 MB today, growing with the merchant) with room to
-- spare, still far below what brought the OOM. New sessions of the role get it.
\c payments
ALTER ROLE statement_export SET work_mem = '16MB';
