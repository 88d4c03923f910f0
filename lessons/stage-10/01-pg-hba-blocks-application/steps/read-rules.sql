-- The rules as the file has them, in order: the first matching line decides.
\c app_db
SELECT line_number, type, database, user_name, auth_method, error FROM pg_hba_file_rules ORDER BY line_number;
\log 5 rejects
