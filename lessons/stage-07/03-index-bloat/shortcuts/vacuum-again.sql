-- HURRIED: run VACUUM once more and hope the index shrinks.
\c tenant_b
VACUUM (VERBOSE) orders;
