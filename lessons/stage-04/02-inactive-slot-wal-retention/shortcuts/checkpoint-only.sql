-- CLUMSY: a checkpoint recycles WAL ... that nothing still needs.
\c app_db
CHECKPOINT;
SELECT count(*) AS segments FROM pg_ls_waldir();
