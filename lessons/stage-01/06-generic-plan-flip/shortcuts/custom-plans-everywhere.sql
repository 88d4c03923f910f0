-- "Generic plans are the problem: turn them off."
\c jobsdb
ALTER SYSTEM SET plan_cache_mode = force_custom_plan;
SELECT pg_reload_conf();
