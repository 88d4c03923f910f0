/// The database the describe tests were captured from.
///
/// The scripted catalog rows in the `Describe…Tests` suites are what a real PostgreSQL 15.18
/// server (Debian 12 package) returned for this module's own queries against a fresh cluster set
/// up with this script; the expected tables are transcribed from real `psql -X` 15.18 output of
/// the same commands on the same server. Run it as a superuser named `postgres` on a scratch
/// cluster to reproduce them (OIDs and sizes may differ).
enum DescribeFixture {
    static let setupScript = #"""
        CREATE ROLE app LOGIN CONNECTION LIMIT 20;
        CREATE ROLE reporting NOLOGIN;
        CREATE ROLE analyst LOGIN VALID UNTIL '2030-01-01 00:00:00+00';
        CREATE ROLE oncall LOGIN CREATEDB CREATEROLE;
        CREATE ROLE replicator LOGIN REPLICATION BYPASSRLS;
        GRANT reporting TO analyst;
        GRANT reporting, app TO oncall;
        CREATE DATABASE shop;
        CREATE DATABASE archive;
        REVOKE CONNECT ON DATABASE archive FROM PUBLIC;
        GRANT CONNECT ON DATABASE archive TO analyst;
        \c shop
        CREATE SCHEMA billing AUTHORIZATION oncall;
        CREATE TABLE customers (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          email text NOT NULL UNIQUE,
          created_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE orders (
          id bigserial PRIMARY KEY,
          customer_id bigint NOT NULL REFERENCES customers (id),
          status text NOT NULL DEFAULT 'pending',
          total numeric(12,2) NOT NULL CHECK (total >= 0),
          created_at timestamptz NOT NULL DEFAULT now());
        CREATE INDEX orders_customer_id_idx ON orders (customer_id);
        CREATE INDEX orders_pending_idx ON orders (created_at) WHERE status = 'pending';
        CREATE TABLE order_lines (
          order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
          line_no int NOT NULL,
          sku text NOT NULL,
          qty int NOT NULL CHECK (qty > 0),
          PRIMARY KEY (order_id, line_no));
        CREATE VIEW pending_orders AS SELECT id, customer_id, total FROM orders WHERE status = 'pending';
        CREATE FUNCTION audit_order() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
        CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_order();
        CREATE SEQUENCE billing.invoice_no START 1000;
        CREATE TABLE billing.invoices (no int NOT NULL DEFAULT nextval('billing.invoice_no'), order_id bigint REFERENCES orders (id));
        GRANT SELECT ON orders TO reporting;
        GRANT SELECT, INSERT, UPDATE ON orders TO app;
        GRANT USAGE ON SCHEMA billing TO reporting;
        """#
}
