-- Looking around without finding or changing anything.
\c shop
SELECT count(*) AS customers FROM customers;
SELECT version FROM schema_migrations ORDER BY version;
\score
