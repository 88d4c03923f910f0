-- The right index, the quick way.
\c jobsdb
CREATE INDEX jobs_state_id_idx ON jobs (state, id);
