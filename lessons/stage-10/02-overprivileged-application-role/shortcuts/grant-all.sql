-- SHORTCUT: replace pg_read_all_data with "everything on the storefront's schema".
\c shop
GRANT ALL ON ALL TABLES IN SCHEMA public TO app_user;
