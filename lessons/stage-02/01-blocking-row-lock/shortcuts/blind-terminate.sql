-- HURRIED: "it's always the billing job at month end": terminate it without looking.
\c app_db
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'billing_job';
SELECT pg_sleep(0.2);
