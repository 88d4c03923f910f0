\c app_db
-- "The drill database is a copy anyway": emptied the wrong one.
TRUNCATE orders;
