-- The next run of the migration must give up instead of queueing the shop behind it.
\c shop
ALTER ROLE migration_owner SET lock_timeout = '3s';
SELECT setdatabase, setconfig FROM pg_db_role_setting WHERE setrole = 'migration_owner'::regrole;
