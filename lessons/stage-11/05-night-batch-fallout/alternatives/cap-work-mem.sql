-- Keep a role-level work_mem for the batch, at a size the server can afford per sort.
\c marketplace
ALTER ROLE batch SET work_mem = '128MB';
SELECT rolname, rolconfig FROM pg_roles WHERE rolname = 'batch';
