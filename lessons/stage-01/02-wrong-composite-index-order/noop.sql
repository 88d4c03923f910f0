-- Looks around without learning or changing anything.
\c marketplace
SELECT count(*) AS orders, max(placed_at) AS newest FROM orders;
\score
