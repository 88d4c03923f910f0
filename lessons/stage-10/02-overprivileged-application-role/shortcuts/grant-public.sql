-- SHORTCUT: products "is public anyway" — let every role read it.
\c shop
GRANT SELECT ON products TO PUBLIC;
