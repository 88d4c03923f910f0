-- Keep custom plans for the workers only: every poll is planned for its own value. Costs a
-- little planning per poll; applies to the workers' new connections, so roll them (their
-- deploy restarts them gracefully) once it is set.
\c jobsdb
ALTER ROLE job_worker SET plan_cache_mode = force_custom_plan;
SELECT r.rolname, s.setconfig FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole;
