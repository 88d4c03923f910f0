-- Doing nothing useful: a look at the tables, no repair.
\c marketplace
\dt
SELECT count(*) AS partners FROM partners;
