-- Where does that search_path come from? Per-database and per-role settings.
\c tenant_c
SELECT name, setting, source FROM pg_settings WHERE name IN ('search_path', 'TimeZone');
\drds
