-- The same global order, without an extra statement: update the lower id first.
\c payments
CREATE OR REPLACE FUNCTION transfer(p_from integer, p_to integer, p_amount bigint) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    IF p_from < p_to THEN
        UPDATE accounts SET balance_cents = balance_cents - p_amount WHERE id = p_from;
        UPDATE accounts SET balance_cents = balance_cents + p_amount WHERE id = p_to;
    ELSE
        UPDATE accounts SET balance_cents = balance_cents + p_amount WHERE id = p_to;
        UPDATE accounts SET balance_cents = balance_cents - p_amount WHERE id = p_from;
    END IF;
    INSERT INTO transfers (from_id, to_id, amount_cents) VALUES (p_from, p_to, p_amount);
END
$fn$;
