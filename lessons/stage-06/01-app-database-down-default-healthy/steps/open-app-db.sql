-- Unfreeze step 1: let connections in again.
\c postgres
ALTER DATABASE app_db ALLOW_CONNECTIONS true;
