\c app_db - replica1
\action rebuild-primary
\c app_db - primary
SELECT pg_is_in_recovery() AS in_recovery, status, received_tli FROM pg_stat_wal_receiver;
