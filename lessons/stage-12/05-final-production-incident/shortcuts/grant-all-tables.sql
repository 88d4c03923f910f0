-- SHORTCUT: "give the app what it needs" by granting everything in billing_db's schema.
\c app_db
GRANT CONNECT ON DATABASE billing_db TO app_user;
\c billing_db
GRANT ALL ON ALL TABLES IN SCHEMA public TO app_user;
\c app_db
