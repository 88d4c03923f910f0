-- SHORTCUT: VACUUM FULL, and nothing else.
\c tenant_b
VACUUM FULL orders;
