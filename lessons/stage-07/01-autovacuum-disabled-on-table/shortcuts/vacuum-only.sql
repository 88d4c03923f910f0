-- HURRIED: vacuum it and move on.
\c tenant_b
VACUUM orders;
