-- The March cap was set far below the server's default; put the role back on the default,
-- which fits this sort, and keep the OOM guard in the server's own setting.
\c payments
ALTER ROLE statement_export RESET work_mem;
