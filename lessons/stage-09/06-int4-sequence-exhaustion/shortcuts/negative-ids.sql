-- STOPGAP: restart the int4 sequence in the unused negative range: two billion more ids, no
-- rewrite -- and both int4 columns still in place.
\c app_db
ALTER SEQUENCE events_id_seq MINVALUE -2147483648 RESTART WITH -2147483648;
