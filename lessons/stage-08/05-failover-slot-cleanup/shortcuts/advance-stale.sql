-- Moves pgdb1_slot up to now instead of dropping it.
\c app_db - primary
SELECT pg_replication_slot_advance('pgdb1_slot', pg_current_wal_lsn());
CHECKPOINT;
