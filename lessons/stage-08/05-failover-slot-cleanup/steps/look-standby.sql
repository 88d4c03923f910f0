-- Which standbys are connected right now, and which slot does replica1 stream through?
\c app_db - primary
SELECT pid, application_name, state, sent_lsn, replay_lsn FROM pg_stat_replication;
\c app_db - replica1
SELECT status, slot_name, sender_host FROM pg_stat_wal_receiver;
