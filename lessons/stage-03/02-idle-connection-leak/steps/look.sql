-- Whose connections are these, and what are they doing?
\c retail
SELECT usename, application_name, state, count(*) AS connections,
       max(now() - state_change) AS longest_in_state
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
GROUP BY usename, application_name, state
ORDER BY connections DESC;
