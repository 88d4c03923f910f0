-- Planner switches for the whole database, so the index "has to" be used.
\c marketplace
ALTER DATABASE marketplace SET enable_seqscan = off;
ALTER DATABASE marketplace SET enable_sort = off;
