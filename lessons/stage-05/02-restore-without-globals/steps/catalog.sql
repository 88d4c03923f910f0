-- Who owns the restored tables, and who may use them?
\c app_db
\dt
\dp
\du
