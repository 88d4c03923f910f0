-- Follow the chain to its root: every session that blocks someone but waits for no one,
-- then the tree beneath it, with the lock each one holds or asks for on orders.
\c shop
WITH RECURSIVE tree AS (
    SELECT a.pid, 0 AS depth, ARRAY[a.pid] AS path
    FROM pg_stat_activity AS a
    WHERE cardinality(pg_blocking_pids(a.pid)) = 0
      AND EXISTS (SELECT 1 FROM pg_stat_activity AS w WHERE a.pid = ANY (pg_blocking_pids(w.pid)))
  UNION ALL
    SELECT w.pid, t.depth + 1, t.path || w.pid
    FROM tree AS t
    JOIN pg_stat_activity AS w ON t.pid = ANY (pg_blocking_pids(w.pid))
    WHERE NOT w.pid = ANY (t.path)
)
SELECT repeat('  ', t.depth) || t.pid AS pid, a.application_name, a.state,
       l.mode, l.granted, left(a.query, 60) AS query
FROM (SELECT DISTINCT ON (pid) pid, depth, path FROM tree ORDER BY pid, depth) AS t
JOIN pg_stat_activity AS a ON a.pid = t.pid
LEFT JOIN pg_locks AS l ON l.pid = t.pid AND l.locktype = 'relation' AND l.relation = 'orders'::regclass
ORDER BY t.path;
