-- Would SET NOT NULL even have succeeded? The release's check and the rows it guards.
\c commerce
SELECT conname, convalidated, pg_get_constraintdef(oid) AS definition
FROM pg_constraint WHERE conrelid = 'orders'::regclass AND contype = 'c';
SELECT count(*) AS missing_region FROM orders WHERE region IS NULL;
SELECT channel, min(created_at), max(created_at), count(*)
FROM orders WHERE region IS NULL GROUP BY channel;
