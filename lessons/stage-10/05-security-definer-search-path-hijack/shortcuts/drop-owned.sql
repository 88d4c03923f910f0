-- SHORTCUT: wipe out everything the intern's account owns or was granted.
\c app_db
DROP OWNED BY intern;
