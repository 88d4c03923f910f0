-- SHORTCUT: rewrite the big table and call it done.
\c analytics_db
VACUUM FULL events;
