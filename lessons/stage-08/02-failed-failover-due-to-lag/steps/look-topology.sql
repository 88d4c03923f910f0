-- Is the primary really gone, and what is replica1 doing?
\c app_db - primary
\c app_db - replica1
SELECT pg_is_in_recovery(), pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn();
SELECT count(*) AS walreceivers FROM pg_stat_wal_receiver;
\log 6
