-- SHORTCUT: terminate the piled-up API sessions to "drain the queue".
\c boxoffice
SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'boxoffice_api';
SELECT pg_sleep(0.2);
