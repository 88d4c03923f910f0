\c app_db - primary
ALTER DATABASE app_db SET default_transaction_read_only = off;
