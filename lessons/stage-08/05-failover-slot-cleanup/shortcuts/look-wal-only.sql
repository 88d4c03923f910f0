-- Only looks at the size of pg_wal.
\c app_db - primary
SELECT count(*) AS wal_segments, pg_size_pretty(sum(size)) AS wal_size FROM pg_ls_waldir();
