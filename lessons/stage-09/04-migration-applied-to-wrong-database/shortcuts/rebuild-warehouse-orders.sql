-- RECKLESS: "the warehouse copy is reloaded every night anyway": drop it and recreate it
-- without the column. The nightly load is hours away; today's dashboards go empty.
\c analytics_db
DROP TABLE orders;
CREATE TABLE orders (
    id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL,
    total_cents integer NOT NULL, created_at timestamptz NOT NULL, loaded_at timestamptz NOT NULL
);
DELETE FROM schema_migrations WHERE version = '20260714_0930_add_orders_voucher_code';
\score
