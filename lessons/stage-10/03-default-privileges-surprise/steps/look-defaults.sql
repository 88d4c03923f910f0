-- Will the next table be readable? Default privileges are what a new table starts with.
\c app_db
SELECT pg_get_userbyid(d.defaclrole) AS creator, d.defaclnamespace::regnamespace AS in_schema,
       d.defaclobjtype AS kind, d.defaclacl
FROM pg_default_acl AS d;
