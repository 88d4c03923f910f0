-- Which slots exist on the primary, who uses them, and how much WAL each one holds back?
\c app_db - primary
SELECT slot_name, slot_type, active, active_pid, restart_lsn, wal_status,
       pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) AS retained
FROM pg_replication_slots
ORDER BY slot_name;
SELECT count(*) AS wal_segments, pg_size_pretty(sum(size)) AS wal_size FROM pg_ls_waldir();
