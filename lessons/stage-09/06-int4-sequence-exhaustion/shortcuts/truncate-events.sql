-- SHORTCUT: "they are only webhook events": empty the tables and restart the ids.
\c app_db
TRUNCATE events, event_attachments RESTART IDENTITY;
