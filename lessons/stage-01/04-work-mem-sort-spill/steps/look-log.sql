-- What did the export's run leave in the server log?
\c payments
\log 10 temporary file
