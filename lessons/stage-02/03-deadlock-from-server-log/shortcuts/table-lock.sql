-- "No two transfers at once, then."
\c payments
CREATE OR REPLACE FUNCTION transfer(p_from integer, p_to integer, p_amount bigint) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE;
    UPDATE accounts SET balance_cents = balance_cents - p_amount WHERE id = p_from;
    UPDATE accounts SET balance_cents = balance_cents + p_amount WHERE id = p_to;
    INSERT INTO transfers (from_id, to_id, amount_cents) VALUES (p_from, p_to, p_amount);
END
$fn$;
