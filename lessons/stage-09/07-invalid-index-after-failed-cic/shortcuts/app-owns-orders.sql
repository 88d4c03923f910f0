-- "Let the checkout service fix its own table": ownership of orders to the app role.
\c storefront
ALTER TABLE orders OWNER TO checkout_api;
