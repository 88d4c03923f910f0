-- What holds the horizon? Open transactions, prepared transactions, replication slots.
\c app_db
SELECT pid, datname, state, backend_xid, backend_xmin FROM pg_stat_activity WHERE backend_xid IS NOT NULL OR backend_xmin IS NOT NULL;
SELECT gid, prepared FROM pg_prepared_xacts;
SELECT slot_name, slot_type, active, xmin, catalog_xmin, age(catalog_xmin) AS catalog_xmin_age FROM pg_replication_slots ORDER BY slot_name;
