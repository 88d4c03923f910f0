-- Why did autovacuum not re-analyze a table that changed this much?
\c billing
SELECT relname, reloptions FROM pg_class WHERE relname = 'invoices';
SHOW autovacuum;
