-- "Ten seconds is plenty for anyone."
\c marketplace
ALTER ROLE analytics SET statement_timeout = '10s';
