-- "The report filters on status: index status."
\c billing
CREATE INDEX CONCURRENTLY invoices_status_idx ON invoices (status);
