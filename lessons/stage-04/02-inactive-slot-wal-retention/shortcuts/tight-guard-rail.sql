-- CLUMSY: a max_slot_wal_keep_size smaller than what the DR standby still needs.
\c app_db
ALTER SYSTEM SET max_slot_wal_keep_size = '4MB';
SELECT pg_reload_conf();
SELECT slot_name, wal_status, safe_wal_size FROM pg_replication_slots;
