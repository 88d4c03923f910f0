-- replica1: is a walreceiver running, which slot does it ask for, and what does its log say?
\c app_db - replica1
SELECT count(*) FROM pg_stat_wal_receiver;
SHOW primary_slot_name;
\log 5 WAL streaming
