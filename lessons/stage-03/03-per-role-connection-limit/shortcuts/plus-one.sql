-- HURRIED: one more than it has, and the error goes away (for one connection).
\c checkout
ALTER ROLE app_user CONNECTION LIMIT 6;
