-- SHORTCUT: clear the replica's sessions "before touching replication".
\c app_db - replica1
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'report_reader';
