-- SLOPPY: reset every setting of the database, the time zone included.
\c tenant_c
ALTER DATABASE tenant_c RESET ALL;
