-- Unfreeze step 2: the freeze also set CONNECTION LIMIT 0, which only superusers ignore.
\c postgres
ALTER DATABASE app_db CONNECTION LIMIT -1;
-- Test as the application, not as a superuser.
\c app_db app_user
SELECT count(*) AS pending_orders FROM orders WHERE status = 'pending';
\c postgres oncall_dba
