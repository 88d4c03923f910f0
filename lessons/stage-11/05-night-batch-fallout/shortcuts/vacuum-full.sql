-- "Reclaim the space properly": rewrite orders.
\c marketplace
VACUUM FULL orders;
