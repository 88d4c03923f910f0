-- What has replica1 received, and what has it applied?
\c app_db - replica1
SELECT pg_last_wal_receive_lsn() AS received,
       pg_last_wal_replay_lsn() AS replayed,
       pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()) AS behind_bytes,
       pg_is_wal_replay_paused() AS paused;
