-- Widen the sequence and both columns in one transaction (rewrites both tables under
-- ACCESS EXCLUSIVE: seconds here, a planned online migration on a big table).
\c app_db
SET lock_timeout = '5s';
BEGIN;
ALTER SEQUENCE events_id_seq AS bigint;
ALTER TABLE events ALTER COLUMN id TYPE bigint;
ALTER TABLE event_attachments ALTER COLUMN event_id TYPE bigint;
COMMIT;
RESET lock_timeout;
\d events_id_seq
