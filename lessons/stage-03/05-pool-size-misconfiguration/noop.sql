\c app_db
SELECT count(*) FROM orders;
\score
-- Tue Dec  1 19:41:21 UTC 2026
