-- Drop the permissive catch-all for the app; tenant_isolation alone governs app_user again.
\c billing
DROP POLICY support_read ON invoices;
