-- Run finance's report as finance does, then read the view and its plan.
\c marketplace reporting
SELECT * FROM partner_payouts ORDER BY month, partner;
\c marketplace oncall_dba
SELECT pg_get_viewdef('partner_payouts'::regclass, true) AS definition;
EXPLAIN SELECT * FROM partner_payouts;
