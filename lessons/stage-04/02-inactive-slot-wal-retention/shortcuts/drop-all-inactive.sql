-- SHORTCUT: the classic one-liner -- drop every inactive slot.
\c app_db
SELECT slot_name, pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE NOT active;
CHECKPOINT;
