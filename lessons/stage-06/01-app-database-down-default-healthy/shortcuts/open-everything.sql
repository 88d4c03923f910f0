-- SHORTCUT: the catalog answer from a forum: let every database accept connections.
\c postgres
UPDATE pg_database SET datallowconn = true WHERE NOT datallowconn;
