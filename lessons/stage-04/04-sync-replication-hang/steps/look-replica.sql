-- On the standby: is it applying what it receives?
\c app_db - replica1
SELECT pg_is_wal_replay_paused(), pg_get_wal_replay_pause_state();
