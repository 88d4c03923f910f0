-- Doing nothing useful: list things, change nothing.
\c tenant_c
\l
\dn
