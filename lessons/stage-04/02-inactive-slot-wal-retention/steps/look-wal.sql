-- How much WAL is on disk, and what keeps it there?
\c app_db
SELECT count(*) AS segments, pg_size_pretty(sum(size)) AS wal_on_disk FROM pg_ls_waldir();
SELECT slot_name, slot_type, active, wal_status,
       pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) AS retained_wal
FROM pg_replication_slots ORDER BY restart_lsn;
