-- CLUMSY: both columns widened, the sequence left AS integer (its maximum stays 2147483647).
\c app_db
ALTER TABLE events ALTER COLUMN id TYPE bigint;
ALTER TABLE event_attachments ALTER COLUMN event_id TYPE bigint;
