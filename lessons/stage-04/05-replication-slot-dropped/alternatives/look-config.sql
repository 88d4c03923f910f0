-- Starts from the standby's configuration: which slot does it want, and does the primary have it?
\c app_db - replica1
SHOW primary_slot_name;
SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming';
\c app_db - primary
SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'replica1_slot';
