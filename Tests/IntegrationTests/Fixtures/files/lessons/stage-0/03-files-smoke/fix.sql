\c app_db
\action dump app_db
\action verify
