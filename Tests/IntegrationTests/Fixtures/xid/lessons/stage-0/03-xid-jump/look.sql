\c ledger
SELECT gid FROM pg_prepared_xacts;
