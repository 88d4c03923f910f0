-- Which segment is replica1 waiting for, and does the archive have it?
\c app_db - replica1
SELECT pg_walfile_name(pg_last_wal_replay_lsn()) AS replayed_segment;
\files archive
