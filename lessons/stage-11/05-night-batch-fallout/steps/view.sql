-- Put the validity window back into the join: each order meets the one rate valid that day.
\c marketplace
CREATE OR REPLACE VIEW partner_payouts AS
SELECT p.name AS partner,
       date_trunc('month', o.ordered_on)::date AS month,
       count(DISTINCT o.id) AS orders,
       sum(o.total_cents * r.rate_bp / 10000) AS commission_cents
FROM orders AS o
JOIN partners AS p ON p.id = o.partner_id
JOIN commission_rates AS r
  ON r.partner_id = o.partner_id
 AND o.ordered_on >= r.valid_from AND o.ordered_on < r.valid_until
GROUP BY p.name, date_trunc('month', o.ordered_on);
\c marketplace reporting
SELECT count(*) AS report_rows, sum(orders) AS orders FROM partner_payouts;
\c marketplace oncall_dba
