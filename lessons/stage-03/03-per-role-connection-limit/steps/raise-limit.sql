-- Size the role's limit for the fleet: 4 pods x 5 connections, plus a rolling deploy's extra pod.
\c checkout
ALTER ROLE app_user CONNECTION LIMIT 30;
\c checkout app_user
SELECT count(*) AS paid_orders FROM orders WHERE status = 'paid';
\c checkout oncall_dba
