-- SHORTCUT: "the sort spills, so give everyone more memory".
\c freshcart
ALTER SYSTEM SET work_mem = '256MB';
SELECT pg_reload_conf();
