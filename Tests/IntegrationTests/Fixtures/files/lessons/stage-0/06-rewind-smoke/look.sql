\c app_db
SELECT application_name, state FROM pg_stat_replication;
