-- Looking around without finding or changing anything.
\c boxoffice
SELECT count(*) AS events FROM events;
SELECT venue, count(*) FROM events GROUP BY venue ORDER BY venue;
\score
