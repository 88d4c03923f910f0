-- The function both payouts ran, as the server has it.
\c payments
SELECT pg_get_functiondef('transfer(integer, integer, bigint)'::regprocedure) AS transfer;
