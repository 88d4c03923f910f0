-- HURRIED: widen the table in the error and its sequence; forget who references it.
\c app_db
ALTER SEQUENCE events_id_seq AS bigint;
ALTER TABLE events ALTER COLUMN id TYPE bigint;
