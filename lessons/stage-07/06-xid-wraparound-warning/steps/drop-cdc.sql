-- Drop exactly the retired connector's slot, by name.
\c app_db
SELECT pg_drop_replication_slot('orders_cdc');
