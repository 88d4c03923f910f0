\c app_db - replica1
DELETE FROM orders WHERE status = 'paid' AND id > 1048200;
