-- "Clean the table up properly": a full rewrite under an exclusive lock.
\c billing
VACUUM FULL ANALYZE invoices;
