\c app_db - replica1
-- "Those came in during the failover, drop them to be safe."
DELETE FROM orders WHERE id >= 1048214;
