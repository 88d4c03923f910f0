-- A statement_timeout... in the on-call engineer's own session.
\c marketplace
SET statement_timeout = '20min';
SHOW statement_timeout;
