-- What did pg_restore itself complain about?
\c app_db
SELECT line_no, line FROM ops.restore_log
WHERE line LIKE '%error:%' OR line LIKE 'Command was:%' OR line LIKE '%warning:%'
ORDER BY line_no;
