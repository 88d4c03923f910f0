-- Catch tenant_b up, the way tenant_a and tenant_c have it, and record it.
\c tenant_b
BEGIN;
ALTER TABLE orders ADD COLUMN release_id text;
INSERT INTO schema_migrations (version) VALUES ('20260531_add_order_release_id');
COMMIT;
