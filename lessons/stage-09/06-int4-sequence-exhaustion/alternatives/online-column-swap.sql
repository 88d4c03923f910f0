-- The big-table way: new bigint columns filled beside the old ones, indexes built
-- CONCURRENTLY, NOT NULL proven by validated CHECKs, then one short swap transaction.
-- (Inserts are failing anyway, so no new rows arrive during the backfill; on a live table a
-- trigger would keep the new columns in step.)
\c app_db
ALTER TABLE events ADD COLUMN id_big bigint;
UPDATE events SET id_big = id;
CREATE UNIQUE INDEX CONCURRENTLY events_id_big_key ON events (id_big);
ALTER TABLE events ADD CONSTRAINT events_id_big_not_null CHECK (id_big IS NOT NULL) NOT VALID;
ALTER TABLE events VALIDATE CONSTRAINT events_id_big_not_null;
ALTER TABLE event_attachments ADD COLUMN event_id_big bigint;
UPDATE event_attachments SET event_id_big = event_id;
CREATE INDEX CONCURRENTLY event_attachments_event_id_big_idx ON event_attachments (event_id_big);
ALTER TABLE event_attachments ADD CONSTRAINT event_attachments_event_id_big_not_null CHECK (event_id_big IS NOT NULL) NOT VALID;
ALTER TABLE event_attachments VALIDATE CONSTRAINT event_attachments_event_id_big_not_null;

SET lock_timeout = '5s';
BEGIN;
ALTER TABLE event_attachments DROP CONSTRAINT event_attachments_event_id_fkey;
ALTER TABLE events DROP CONSTRAINT events_pkey;
ALTER TABLE events ALTER COLUMN id DROP DEFAULT;
ALTER SEQUENCE events_id_seq OWNED BY NONE;
ALTER TABLE events DROP COLUMN id;
ALTER TABLE events RENAME COLUMN id_big TO id;
ALTER TABLE events ALTER COLUMN id SET NOT NULL;
ALTER TABLE events DROP CONSTRAINT events_id_big_not_null;
ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_big_key;
ALTER SEQUENCE events_id_seq AS bigint OWNED BY events.id;
ALTER TABLE events ALTER COLUMN id SET DEFAULT nextval('events_id_seq');
ALTER TABLE event_attachments DROP COLUMN event_id;
ALTER TABLE event_attachments RENAME COLUMN event_id_big TO event_id;
ALTER TABLE event_attachments ALTER COLUMN event_id SET NOT NULL;
ALTER TABLE event_attachments DROP CONSTRAINT event_attachments_event_id_big_not_null;
ALTER INDEX event_attachments_event_id_big_idx RENAME TO event_attachments_event_id_idx;
ALTER TABLE event_attachments ADD CONSTRAINT event_attachments_event_id_fkey
    FOREIGN KEY (event_id) REFERENCES events (id) NOT VALID;
COMMIT;
ALTER TABLE event_attachments VALIDATE CONSTRAINT event_attachments_event_id_fkey;
RESET lock_timeout;
\d events
