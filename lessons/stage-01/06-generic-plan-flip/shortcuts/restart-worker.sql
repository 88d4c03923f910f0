-- "Reconnect the worker, that clears its plan cache."
\c jobsdb
SELECT pid, pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = 'jobs-worker';
