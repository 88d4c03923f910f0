-- pgdb1 was decommissioned: nothing will ever stream from its slot.
\c app_db - primary
SELECT pg_drop_replication_slot('pgdb1_slot');
CHECKPOINT;
SELECT slot_name, active FROM pg_replication_slots;
