-- Who may create objects in public?
\c app_db
\dn+
SELECT has_schema_privilege('public', 'public', 'CREATE') AS everyone_can_create_in_public;
