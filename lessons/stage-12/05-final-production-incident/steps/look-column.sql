-- What did the release do to orders?
\c app_db
\d orders
SELECT count(*) AS orders, count(release_id) AS with_release_id FROM orders;
