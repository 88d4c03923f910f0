-- Autovacuum back on explicitly, and one pass that also clears the ~21,000 dead row versions
-- the backfill left behind (nothing has vacuumed invoices since), then fresh statistics.
\c billing
ALTER TABLE invoices SET (autovacuum_enabled = true);
VACUUM (ANALYZE, VERBOSE) invoices;
SELECT relname, n_dead_tup, n_mod_since_analyze FROM pg_stat_user_tables WHERE relname = 'invoices';
\score
