-- "That function is dangerous; get rid of it."
\c marketplace
DROP FUNCTION analytics.rebuild_cohorts(date);
