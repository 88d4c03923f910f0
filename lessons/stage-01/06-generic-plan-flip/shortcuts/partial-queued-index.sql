-- An index with only the queued jobs in it.
\c jobsdb
CREATE INDEX CONCURRENTLY jobs_queued_idx ON jobs (id) WHERE state = 'queued';
