-- Doing nothing useful: a look at the database list, no repair.
\c postgres
\l
