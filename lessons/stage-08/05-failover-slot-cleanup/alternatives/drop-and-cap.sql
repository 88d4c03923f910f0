-- Drop the stale slot, and make sure no slot can ever pin more than 2 GB of WAL again.
\c app_db - primary
SELECT pg_drop_replication_slot(slot_name)
FROM pg_replication_slots
WHERE slot_name = 'pgdb1_slot' AND NOT active;
ALTER SYSTEM SET max_slot_wal_keep_size = '2GB';
SELECT pg_reload_conf();
SELECT slot_name, active, wal_status, safe_wal_size FROM pg_replication_slots;
