-- The primary: how big is pg_wal, and which slot holds it back?
\c app_db - primary
SELECT count(*) AS wal_segments, pg_size_pretty(sum(size)) AS wal_size FROM pg_ls_waldir();
SELECT slot_name, active, restart_lsn, wal_status,
       pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) AS retained
FROM pg_replication_slots
ORDER BY slot_name;
