-- Drop only the decommissioned replica's slot (by name), then let a checkpoint recycle its WAL.
\c app_db
SELECT pg_drop_replication_slot('old_analytics_slot');
CHECKPOINT;
SELECT slot_name, active, wal_status FROM pg_replication_slots;
SELECT count(*) AS segments, pg_size_pretty(sum(size)) AS wal_on_disk FROM pg_ls_waldir();
