\c app_db - replica1
SELECT pg_get_wal_replay_pause_state() AS replay_state;
SELECT pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()) AS pending_bytes;
