-- "Maybe the portal's role cannot use the index."
\c marketplace
ALTER ROLE merchant_portal SUPERUSER;
