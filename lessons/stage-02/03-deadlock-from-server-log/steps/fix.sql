-- Take both rows' locks first, always in ascending id order: any two transfers that share an
-- account now queue behind each other instead of each holding what the other needs.
\c payments
CREATE OR REPLACE FUNCTION transfer(p_from integer, p_to integer, p_amount bigint) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM 1 FROM accounts WHERE id IN (p_from, p_to) ORDER BY id FOR UPDATE;
    UPDATE accounts SET balance_cents = balance_cents - p_amount WHERE id = p_from;
    UPDATE accounts SET balance_cents = balance_cents + p_amount WHERE id = p_to;
    INSERT INTO transfers (from_id, to_id, amount_cents) VALUES (p_from, p_to, p_amount);
END
$fn$;
