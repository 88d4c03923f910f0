-- SHORTCUT: revoke everything on public from everyone, USAGE included.
\c app_db
REVOKE ALL ON SCHEMA public FROM PUBLIC;
