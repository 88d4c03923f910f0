\c app_db - replica1
\action fence-primary
