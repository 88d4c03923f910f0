-- Forbid sequential scans for the whole database.
\c shop
ALTER DATABASE shop SET enable_seqscan = off;
