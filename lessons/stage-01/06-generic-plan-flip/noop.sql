\c jobsdb
SELECT count(*) FROM pg_stat_activity WHERE usename = 'job_worker';
\score
