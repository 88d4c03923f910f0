\c billing_db - replica1
SELECT invoice_number, order_id, amount_cents, issued_at FROM invoices ORDER BY id DESC LIMIT 3;
