-- Reproduce what the app sees: a signup with a default id, inside a transaction we throw away.
\c app_db
BEGIN;
INSERT INTO customers (email, full_name) VALUES ('oncall.repro@example.com', 'On-call repro');
ROLLBACK;
