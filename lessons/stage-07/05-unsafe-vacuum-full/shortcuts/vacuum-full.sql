-- Do what the ticket says.
\c tenant_b
VACUUM FULL orders;
