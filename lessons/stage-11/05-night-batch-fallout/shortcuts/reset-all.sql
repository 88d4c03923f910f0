-- Wipe every setting of the batch role.
\c marketplace
ALTER ROLE batch RESET ALL;
