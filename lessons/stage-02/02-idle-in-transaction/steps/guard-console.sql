-- The console's manual-commit tabs will be abandoned again. Give its role, and only its role,
-- a limit: a tab idle in a transaction for five minutes loses the transaction. New console
-- sessions pick it up at login.
\c billing
ALTER ROLE ops SET idle_in_transaction_session_timeout = '5min';
SELECT r.rolname, s.setconfig
FROM pg_db_role_setting AS s JOIN pg_roles AS r ON r.oid = s.setrole
WHERE r.rolname = 'ops';
