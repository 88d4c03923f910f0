-- SHORTCUT: "the database is broken, re-create it" (nobody is connected, so DROP succeeds).
\c postgres
DROP DATABASE app_db;
CREATE DATABASE app_db OWNER app_owner;
