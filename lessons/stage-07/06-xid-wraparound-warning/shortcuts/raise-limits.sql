-- Silencing the alarms: higher freeze and failsafe ages, cluster-wide.
\c app_db
ALTER SYSTEM SET autovacuum_freeze_max_age = 1500000000;
ALTER SYSTEM SET vacuum_failsafe_age = 2100000000;
SELECT pg_reload_conf();
