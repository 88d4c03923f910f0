-- The roles exist now: run again, in order, every statement the restore could not run.
\c app_db
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT substr(line, length('Command was: ') + 1) AS cmd
           FROM ops.restore_log WHERE line LIKE 'Command was: %' ORDER BY line_no
  LOOP
    EXECUTE r.cmd;
  END LOOP;
END $$;
\dp
