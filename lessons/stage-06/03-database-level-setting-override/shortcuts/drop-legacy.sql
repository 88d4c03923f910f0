-- SHORTCUT: "the migration is over": drop the legacy schema so orders falls through to public.
\c tenant_c
DROP SCHEMA legacy CASCADE;
