-- First give the storefront the one grant it has been missing, so nothing breaks next.
\c shop
GRANT SELECT ON products TO app_user;
