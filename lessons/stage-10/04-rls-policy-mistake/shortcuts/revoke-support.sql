-- "Nobody should read all invoices."
\c billing
REVOKE SELECT ON invoices FROM support_agent;
