\c billing_db - replica1
SELECT pg_is_in_recovery() AS in_recovery,
       pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()) AS unreplayed_bytes;
SELECT invoice_number, order_id FROM invoices WHERE invoice_number = 'INV-2026-030771';
\c app_db - replica1
SELECT max(id) AS last_order FROM orders;
