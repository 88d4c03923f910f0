-- Another correct fix: drop the per-role limit altogether and let max_connections (and the
-- pools' own sizes) bound checkout.
\c checkout
ALTER ROLE app_user CONNECTION LIMIT -1;
SELECT rolname, rolconnlimit FROM pg_roles WHERE rolname = 'app_user';
