-- "Nested loops are the problem": forbid them for finance's role.
\c billing
ALTER ROLE finance_report SET enable_nestloop = off;
\score
