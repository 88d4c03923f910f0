-- SHORTCUT: free the role's slots by terminating the old pod's pooled connections.
\c checkout
SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'app_user';
SELECT pg_sleep(0.2);
