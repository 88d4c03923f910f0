-- SHORTCUT: finish the migration's index by hand, in the middle of the incident.
\c app_db
CREATE INDEX orders_release_id_idx ON orders (release_id);
