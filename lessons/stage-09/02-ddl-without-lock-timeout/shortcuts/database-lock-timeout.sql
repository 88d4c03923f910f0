-- SHORTCUT: a lock_timeout for everyone in shop (the export and the shop included).
\c shop
ALTER DATABASE shop SET lock_timeout = '3s';
