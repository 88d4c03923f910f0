-- Who is the synchronous standby, and how far behind is its replay?
\c app_db - primary
SHOW synchronous_standby_names;
SELECT application_name, state, sync_state,
       pg_wal_lsn_diff(write_lsn, replay_lsn) AS replay_lag_bytes
FROM pg_stat_replication;
