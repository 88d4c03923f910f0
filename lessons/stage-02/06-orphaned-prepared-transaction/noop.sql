-- Looking at stock without finding or changing anything.
\c warehouse
SELECT site, count(*), sum(on_hand) AS on_hand FROM inventory GROUP BY site ORDER BY site;
\score
