-- SHORTCUT: "reporting should just read everything".
\c app_db
GRANT pg_read_all_data TO reporting;
