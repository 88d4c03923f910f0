-- Statistics refreshed; autovacuum left off on invoices.
\c billing
ANALYZE invoices;
\score
