-- SHORTCUT: cancel the app's waiting queries to "clear the pile".
\c shop
SELECT pid, pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = 'checkout_api';
SELECT pg_sleep(0.2);
