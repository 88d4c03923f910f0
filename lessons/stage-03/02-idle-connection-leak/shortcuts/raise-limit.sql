-- "The renderer needs more connections."
\c retail
ALTER ROLE report_worker CONNECTION LIMIT 60;
