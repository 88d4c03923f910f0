-- SHORTCUT: force the old pods onto the new credential by cutting their connections.
\c shop
SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'app_user';
SELECT pg_sleep(0.2);
