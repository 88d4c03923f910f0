-- SHORTCUT: fix the option, then "give the disk back" with VACUUM FULL (ACCESS EXCLUSIVE).
\c analytics_db
ALTER TABLE events RESET (autovacuum_vacuum_scale_factor);
VACUUM FULL events;
