-- SHORTCUT: "start the sequence over" -- ids 1, 2, 3 ... already exist.
\c app_db
SELECT setval('events_id_seq', 1);
