-- SHORTCUT: give the new credential the tables directly.
\c shop
GRANT SELECT, INSERT, UPDATE ON customers, orders TO app_user_v2;
GRANT SELECT, INSERT ON order_events TO app_user_v2;
