-- Who else stores an events.id? Foreign keys pointing at events, and their column types.
\c app_db
SELECT conrelid::regclass AS referencing_table, conname FROM pg_constraint WHERE confrelid = 'events'::regclass;
\d event_attachments
