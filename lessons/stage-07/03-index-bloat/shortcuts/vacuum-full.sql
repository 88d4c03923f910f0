-- SHORTCUT: VACUUM FULL rebuilds the table and all of its indexes under ACCESS EXCLUSIVE.
\c tenant_b
VACUUM FULL orders;
