-- Undo the premature last step: the old credential stays valid until every instance has moved.
\c shop
ALTER ROLE app_user LOGIN;
\du app_user*
