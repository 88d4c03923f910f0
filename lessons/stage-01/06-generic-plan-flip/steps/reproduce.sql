-- Do what the worker's driver does: prepare once, execute repeatedly, then read the plan
-- the next execution gets. The first plans are custom (made for 'queued'); from the sixth
-- execution on the plan cache may switch to one generic plan for any $1.
\c jobsdb
PREPARE poll_repro(text) AS SELECT id, kind, payload FROM jobs WHERE state = $1 ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED;
EXPLAIN (ANALYZE, TIMING OFF, SUMMARY OFF) EXECUTE poll_repro('queued');
EXECUTE poll_repro('queued');
EXECUTE poll_repro('queued');
EXECUTE poll_repro('queued');
EXECUTE poll_repro('queued');
EXPLAIN (ANALYZE, TIMING OFF, SUMMARY OFF) EXECUTE poll_repro('queued');
SELECT name, generic_plans, custom_plans, statement FROM pg_prepared_statements;
DEALLOCATE poll_repro;
