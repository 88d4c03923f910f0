-- RECKLESS: "make checkout a superuser so it gets the reserved connection slots".
\c shop - server
ALTER ROLE checkout_svc SUPERUSER;
