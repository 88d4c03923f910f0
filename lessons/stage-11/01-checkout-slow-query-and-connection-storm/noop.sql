-- Reading sales figures, not sessions or plans.
\c commerce
SELECT status, count(*) FROM orders GROUP BY status ORDER BY status;
\score
