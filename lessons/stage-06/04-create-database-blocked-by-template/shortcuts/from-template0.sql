-- "Skip the busy template": create tenant_d from template0 and let the app sort out its schema.
\c postgres
CREATE DATABASE tenant_d WITH TEMPLATE template0 OWNER app_owner;
