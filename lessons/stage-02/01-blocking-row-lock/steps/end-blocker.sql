-- End the transaction that holds account 42: the session the payments are waiting for.
\c app_db
SELECT pid, application_name, state, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE pid IN (SELECT unnest(pg_blocking_pids(pid)) FROM pg_stat_activity
              WHERE application_name = 'payments_api')
  AND application_name = 'billing_job';
SELECT pg_sleep(0.2);
-- The payments should be gone from the list, and nothing should wait any more.
SELECT pid, application_name, state, wait_event_type FROM pg_stat_activity
WHERE datname = 'app_db' AND pid <> pg_backend_pid();
