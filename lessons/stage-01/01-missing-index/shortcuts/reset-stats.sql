-- "Reset the stats to see what is slow from now on."
\c shop
SELECT pg_stat_statements_reset();
