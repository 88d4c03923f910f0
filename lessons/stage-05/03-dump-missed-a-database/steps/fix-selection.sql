-- Select by what a database is (an application database), not by who owns it.
\c app_db
CREATE OR REPLACE VIEW ops.backup_targets AS
    SELECT datname FROM pg_database
    WHERE NOT datistemplate AND datallowconn AND datname <> 'postgres'
    ORDER BY datname;
SELECT * FROM ops.backup_targets;
