-- Why has nothing cleaned it up? The table's own settings.
\c tenant_b
\d+ orders
SELECT relname, reloptions FROM pg_class WHERE relname = 'orders';
