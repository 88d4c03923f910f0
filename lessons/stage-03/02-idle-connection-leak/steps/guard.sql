-- Until the renderer closes its connections again, let the server close the ones it forgets.
-- A report's queries run back to back, so a quarter of an hour of silence means abandoned.
\c retail
ALTER ROLE report_worker SET idle_session_timeout = '15min';
SELECT rolname, setconfig FROM pg_db_role_setting JOIN pg_roles ON oid = setrole;
