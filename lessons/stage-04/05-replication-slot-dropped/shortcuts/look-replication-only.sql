-- Only confirms that nothing streams.
\c app_db - primary
SELECT count(*) FROM pg_stat_replication;
