-- "Start over: drop every policy on invoices."
\c billing
DROP POLICY support_read ON invoices;
DROP POLICY tenant_isolation ON invoices;
DROP POLICY support_agents_read ON invoices;
