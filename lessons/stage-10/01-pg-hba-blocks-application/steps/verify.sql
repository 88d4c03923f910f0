-- A fresh login as the service, then back.
\c app_db app_user
SELECT count(*) AS orders_visible FROM orders;
\c app_db oncall_dba
