-- Looking around without finding or changing anything.
\c app_db
SELECT version FROM schema_migrations ORDER BY version;
\c analytics_db
SELECT count(*) AS days FROM daily_orders;
\score
