-- What SUP-4711 asked for: the read-all policy for support's role, not the app's.
\c billing
ALTER POLICY support_read ON invoices TO support_agent;
