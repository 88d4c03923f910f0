-- Checkout hangs: what does the pooler see? Its console is the virtual database pgbouncer.
\c pgbouncer
SHOW POOLS;
SHOW CLIENTS;
