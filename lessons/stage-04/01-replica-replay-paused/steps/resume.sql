\c app_db - replica1
SELECT pg_wal_replay_resume();
