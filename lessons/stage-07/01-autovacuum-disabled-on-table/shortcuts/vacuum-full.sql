-- SHORTCUT: "reclaim the disk" with VACUUM FULL (ACCESS EXCLUSIVE for the whole rewrite).
\c tenant_b
ALTER TABLE orders RESET (autovacuum_enabled);
VACUUM FULL orders;
