-- SHORTCUT: "v2 is in app_ro, so make app_ro able to write".
\c shop
GRANT INSERT, UPDATE ON customers, orders TO app_ro;
GRANT INSERT ON order_events TO app_ro;
