-- The failover candidate: a standby, streaming, but is it applying what it receives?
\c postgres - replica1
SELECT pg_is_in_recovery() AS in_recovery,
       pg_is_wal_replay_paused() AS replay_paused,
       pg_get_wal_replay_pause_state() AS pause_state,
       pg_last_wal_receive_lsn() AS received,
       pg_last_wal_replay_lsn() AS replayed;
