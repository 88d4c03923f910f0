-- SHORTCUT: "make every birch invoice GBP", forgetting the canary's invoices in USD and EUR.
\c tenant_birch
UPDATE invoices SET currency = 'GBP';
