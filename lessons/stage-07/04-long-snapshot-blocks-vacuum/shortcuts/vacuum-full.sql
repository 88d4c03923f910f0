-- SHORTCUT: rewrite the table to get rid of the bloat (ACCESS EXCLUSIVE for the rewrite).
\c app_db
VACUUM FULL orders;
