-- WRONG PLACE: vacuum the database the session landed in.
\c app_db
VACUUM (ANALYZE);
