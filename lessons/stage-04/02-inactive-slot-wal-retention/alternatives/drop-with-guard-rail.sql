-- Drop the decommissioned slot, then cap what any slot may pin in future (generous enough
-- for the DR standby's patch window), and checkpoint to release the disk now.
\c app_db
SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots
WHERE slot_name = 'old_analytics_slot' AND NOT active;
ALTER SYSTEM SET max_slot_wal_keep_size = '20GB';
SELECT pg_reload_conf();
CHECKPOINT;
SELECT slot_name, wal_status, pg_size_pretty(safe_wal_size) AS safe_wal_size FROM pg_replication_slots;
