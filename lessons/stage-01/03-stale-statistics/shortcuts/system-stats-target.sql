-- "The statistics are not detailed enough": a bigger sample for every table in the cluster.
\c billing
ALTER SYSTEM SET default_statistics_target = 1000;
SELECT pg_reload_conf();
