-- "The report needs more temp space": give finance's role a much bigger temp limit.
\c marketplace
ALTER ROLE reporting SET temp_file_limit = '1GB';
