-- Reading the release history and the customer mix, nothing about the live sessions.
\c commerce
SELECT version, applied_at FROM schema_migrations ORDER BY version;
SELECT region, count(*) FROM customers GROUP BY region ORDER BY region;
\score
