-- Whose slots are these? The replication inventory before touching anything.
\c app_db
SELECT slot_name, slot_type, consumer, status, notes FROM ops.replication_inventory ORDER BY slot_name;
