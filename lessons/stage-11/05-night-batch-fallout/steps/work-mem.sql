-- Take the 2GB work_mem off the batch role; its other settings stay.
\c marketplace
ALTER ROLE batch RESET work_mem;
SELECT setconfig FROM pg_db_role_setting WHERE setrole = 'batch'::regrole;
