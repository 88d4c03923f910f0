-- Raise work_mem for the payments database.
\c payments
ALTER DATABASE payments SET work_mem = '32MB';
