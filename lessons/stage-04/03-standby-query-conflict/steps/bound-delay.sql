-- Never again wait for a query without limit: cancel a conflicting query after 30 s.
\c app_db - replica1
ALTER SYSTEM SET max_standby_streaming_delay = '30s';
SELECT pg_reload_conf();
