-- Try the ticket's VACUUM FULL, but give up if it cannot get its lock quickly.
\c tenant_b
SET lock_timeout = '1s';
VACUUM FULL orders;
RESET lock_timeout;
