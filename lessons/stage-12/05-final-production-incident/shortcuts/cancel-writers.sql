-- SHORTCUT: clear the queue by cancelling the waiting writers (their orders are lost).
\c app_db
SELECT pid, pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = 'app_writer';
SELECT pg_sleep(0.2);
