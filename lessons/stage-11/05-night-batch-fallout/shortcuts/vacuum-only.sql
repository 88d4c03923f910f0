-- Vacuum straight away, leaving every session as it is.
\c marketplace
VACUUM (VERBOSE) orders;
