-- reporting-replica-2 was switched off in October: nothing will stream from its slot again.
\c app_db - primary
SELECT pg_drop_replication_slot('reporting2_slot');
CHECKPOINT;
SELECT slot_name, active FROM pg_replication_slots;
