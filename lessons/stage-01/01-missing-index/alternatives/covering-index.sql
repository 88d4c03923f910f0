-- A covering index: the dashboard's columns ride in the index (Index Only Scan).
\c shop
CREATE INDEX CONCURRENTLY orders_dashboard_idx ON orders (tenant_id, created_at DESC) INCLUDE (status, total_cents);
\score
