-- Another correct fix: rewrite the function with every name qualified and an empty trusted
-- path; quarantine the intruder's function (kept as evidence, out of every search_path) and
-- lock the account until security has talked to its owner.
\c app_db
REVOKE ALL ON app.payment_methods FROM intern;
ALTER ROLE intern NOLOGIN;
CREATE SCHEMA quarantine AUTHORIZATION oncall_dba;
ALTER FUNCTION public.normalize_email(text) SET SCHEMA quarantine;
CREATE OR REPLACE FUNCTION app.refresh_totals() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n integer;
BEGIN
    DELETE FROM app.customer_totals;
    INSERT INTO app.customer_totals (email_key, orders, total_cents)
    SELECT app.normalize_email(c.email), count(*), sum(o.total_cents)
    FROM app.customers AS c JOIN app.orders AS o ON o.customer_id = c.id
    GROUP BY 1;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SET ROLE app_user;
SELECT app.refresh_totals() AS customers_totalled;
RESET ROLE;
