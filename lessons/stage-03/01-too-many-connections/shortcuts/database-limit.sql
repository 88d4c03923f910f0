-- Cap the database instead of the API.
\c shop
ALTER DATABASE shop CONNECTION LIMIT 15;
