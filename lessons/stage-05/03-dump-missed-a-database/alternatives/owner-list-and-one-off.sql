-- Keep the owner rule but list the billing team's owner too, and take the missing dump now
-- instead of re-running the whole job.
\c app_db
CREATE OR REPLACE VIEW ops.backup_targets AS
    SELECT datname FROM pg_database
    WHERE pg_get_userbyid(datdba) IN ('app_owner', 'billing_owner') AND NOT datistemplate
    ORDER BY datname;
\action nightly-backup billing_db
\action verify-backups
