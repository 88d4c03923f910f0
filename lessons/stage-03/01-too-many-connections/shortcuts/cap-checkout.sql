-- "And cap checkout too, to be safe."
\c shop
ALTER ROLE app_user CONNECTION LIMIT 3;
