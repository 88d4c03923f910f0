-- SHORTCUT: "start measuring from a clean slate".
\c shop
SELECT pg_stat_statements_reset();
