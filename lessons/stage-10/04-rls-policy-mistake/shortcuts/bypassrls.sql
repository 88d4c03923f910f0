-- "The app can't see its rows now; let it bypass RLS."
\c billing
ALTER ROLE app_user BYPASSRLS;
