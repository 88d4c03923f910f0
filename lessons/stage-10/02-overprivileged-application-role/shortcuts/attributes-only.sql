-- HURRIED: the \du line looked wrong, so the attributes go; the membership stays.
\c shop
ALTER ROLE app_user NOCREATEROLE NOCREATEDB;
