-- For every identity or serial column in public (customers-ahead.sql and orders-ahead.sql:
-- only the tables they name): the next value its sequence hands out is above the column's maximum.
-- Reads each sequence's last_value/is_called and each column's max through query_to_xml, so
-- an off-by-one setval(seq, max, false) fails exactly as the app's next insert would.
WITH owned AS (
    SELECT c.oid::regclass AS tbl, a.attname AS col, s.oid::regclass AS seq, c.relname
    FROM pg_depend AS d
    JOIN pg_class AS s ON s.oid = d.objid AND s.relkind = 'S'
    JOIN pg_class AS c ON c.oid = d.refobjid
    JOIN pg_namespace AS n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
    WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
      AND d.deptype IN ('a', 'i')
), state AS (
    SELECT relname,
           (xpath('/row/m/text()', query_to_xml(format('SELECT max(%I) AS m FROM %s', col, tbl), false, true, '')))[1]::text::numeric AS max_id,
           (xpath('/row/v/text()', query_to_xml(format('SELECT last_value AS v FROM %s', seq), false, true, '')))[1]::text::numeric AS last_value,
           (xpath('/row/c/text()', query_to_xml(format('SELECT is_called AS c FROM %s', seq), false, true, '')))[1]::text::boolean AS is_called
    FROM owned
)
SELECT count(*) > 0
   AND bool_and(CASE WHEN is_called THEN last_value + 1 ELSE last_value END > coalesce(max_id, 0))
FROM state
