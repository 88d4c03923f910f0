-- "Validation" by LSNs alone, from the postgres database on each node.
\c postgres - primary
SELECT application_name, state, sent_lsn, write_lsn, flush_lsn, replay_lsn FROM pg_stat_replication;
\c postgres - replica1
SELECT pg_last_wal_receive_lsn() AS received, pg_last_wal_replay_lsn() AS replayed;
