-- What tenant_c has, next to what a healthy tenant has.
\c tenant_c
\dx
\d products
\c tenant_a
\dx
\d products
