-- Another correct fix: unfreeze in one statement and keep a database limit, sized for the
-- API's pools (3 pods x 10) plus the billing and reporting jobs, as a guardrail.
\c postgres
ALTER DATABASE app_db WITH ALLOW_CONNECTIONS true CONNECTION LIMIT 60;
\c app_db app_user
SELECT count(*) AS pending_orders FROM orders WHERE status = 'pending';
\c postgres oncall_dba
