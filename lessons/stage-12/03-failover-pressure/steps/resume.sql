-- Let replica1 apply what it has received.
\c postgres - replica1
SELECT pg_wal_replay_resume();
