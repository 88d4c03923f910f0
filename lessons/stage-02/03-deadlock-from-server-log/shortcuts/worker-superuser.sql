\c payments
ALTER ROLE transfer_worker SUPERUSER;
