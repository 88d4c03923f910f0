-- RECKLESS: "the stock sync caused this: take away its write access". The warehouse's stock
-- updates stop for every product.
\c shop - server
REVOKE UPDATE ON products FROM inventory_svc;
