-- Looking around without finding or changing anything.
\c app_db
SELECT count(*) AS accounts FROM accounts;
SELECT plan, count(*) FROM accounts GROUP BY plan ORDER BY plan;
\score
