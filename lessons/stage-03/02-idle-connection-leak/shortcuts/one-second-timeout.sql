-- "Close idle connections right away."
\c retail
ALTER ROLE report_worker SET idle_session_timeout = '1s';
