-- Set tenant_c's search_path explicitly to the standard value instead of resetting it.
\c tenant_c
ALTER DATABASE tenant_c SET search_path = "$user", public;
