-- The slots with their restart position against the current WAL position, raw bytes.
\c app_db
SELECT slot_name, active, restart_lsn, pg_current_wal_lsn(),
       pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn) AS retained_bytes
FROM pg_replication_slots;
