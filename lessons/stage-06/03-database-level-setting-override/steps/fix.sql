-- Remove only the migration's search_path; keep the tenant's time zone. New sessions pick it up.
\c tenant_c
ALTER DATABASE tenant_c RESET search_path;
\drds
