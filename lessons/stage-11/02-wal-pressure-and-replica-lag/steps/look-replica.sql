-- The replica: what has it received, what has it applied, and is replay paused?
\c app_db - replica1
SELECT pg_last_wal_receive_lsn() AS received,
       pg_last_wal_replay_lsn() AS replayed,
       pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()) AS behind_bytes,
       pg_get_wal_replay_pause_state() AS replay_state;
