-- SHORTCUT: "v2 should be able to do whatever the old one could".
\c shop
GRANT app_user TO app_user_v2;
