-- SHORTCUT: plain REINDEX (writes to orders and lookups by external_id wait until it is done).
\c tenant_b
REINDEX INDEX orders_external_id_idx;
