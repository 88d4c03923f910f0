-- Turn row security off for the app's sessions.
\c billing
ALTER ROLE app_user SET row_security = off;
