UPDATE accounts SET balance = 0 WHERE balance < 0;
