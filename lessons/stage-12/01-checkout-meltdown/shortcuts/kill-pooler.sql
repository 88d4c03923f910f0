-- RECKLESS: "bounce PgBouncer": drop every client and server connection of shop, then resume.
-- The abandoned attempts go, and so does every customer request queued behind them.
\c pgbouncer
KILL shop;
RESUME shop;
SHOW POOLS;
