-- "Give it all the memory it wants."
\c payments
ALTER ROLE statement_export SET work_mem = '2GB';
