-- "No more ad-hoc queries on the primary."
\c marketplace
ALTER ROLE analytics NOLOGIN;
