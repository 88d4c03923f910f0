-- "Set an idle timeout on the server."
\c retail
ALTER SYSTEM SET idle_session_timeout = '15min';
SELECT pg_reload_conf();
