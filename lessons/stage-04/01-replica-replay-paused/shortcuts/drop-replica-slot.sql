\c app_db - primary
SELECT pg_terminate_backend(active_pid, 2000) FROM pg_replication_slots WHERE slot_name = 'replica1_slot';
SELECT pg_drop_replication_slot('replica1_slot');
