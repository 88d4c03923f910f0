-- The primary: who is streaming, and which slots exist?
\c app_db - primary
SELECT count(*) FROM pg_stat_replication;
SELECT count(*) FROM pg_replication_slots;
\log 5 replication slot
