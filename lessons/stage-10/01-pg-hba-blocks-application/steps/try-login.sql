-- Log in the way the orders service does: a fresh connection as app_user.
\c app_db
\c app_db app_user
SELECT usename, application_name, state FROM pg_stat_activity WHERE backend_type = 'client backend' ORDER BY 1;
