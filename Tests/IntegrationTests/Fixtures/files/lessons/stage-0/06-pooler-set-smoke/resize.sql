\c app_db
\action resize-pool default_pool_size 3
