\c app_db
\action fence-primary
\action rewind-primary
