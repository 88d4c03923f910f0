-- Hold the API to a share of the server until its pool size is fixed.
\c shop
ALTER ROLE app_api CONNECTION LIMIT 10;
