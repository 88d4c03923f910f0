-- A fixed trigger instead of a proportional one: vacuum events after every 2,000 dead rows,
-- whatever its size. Then one verbose manual pass.
\c analytics_db
ALTER TABLE events SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000);
VACUUM (VERBOSE) events;
