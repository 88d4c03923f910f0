-- A different, careful expert: before repairing, make sure the next migration cannot queue
-- writers like this again (a lock_timeout for the migration role only).
\c app_db
ALTER ROLE migration_owner SET lock_timeout = '3s';
