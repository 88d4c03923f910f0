-- "Drop every inactive slot": the one-liner also drops the DR standby's slot.
\c app_db
SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE NOT active;
