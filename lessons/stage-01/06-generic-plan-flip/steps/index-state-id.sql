-- An index that serves state = $1 ORDER BY id for any $1: the generic plan seeks the state
-- and reads ids in order. CONCURRENTLY: the API enqueues and the workers poll all the time.
-- The worker's cached plan is invalidated by the new index and replanned.
\c jobsdb
CREATE INDEX CONCURRENTLY jobs_state_id_idx ON jobs (state, id);
PREPARE poll_after(text) AS SELECT id, kind, payload FROM jobs WHERE state = $1 ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED;
SET plan_cache_mode = force_generic_plan;
EXPLAIN EXECUTE poll_after('queued');
RESET plan_cache_mode;
DEALLOCATE poll_after;
