-- "The primary is sick, replica1 looks fine: fail over."
\c postgres - replica1
SELECT pg_promote();
