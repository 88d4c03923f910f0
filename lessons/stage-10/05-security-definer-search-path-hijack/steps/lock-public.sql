-- Back to the PostgreSQL 15 default: only the owner creates in public; everyone may still use it.
\c app_db
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
\dn+ public
SET ROLE app_user;
SELECT app.refresh_totals() AS customers_totalled;
RESET ROLE;
