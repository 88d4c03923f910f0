-- Keep ordinary logins out of the template from now on (existing sessions stay until ended).
\c postgres
ALTER DATABASE tenant_template WITH ALLOW_CONNECTIONS false;
