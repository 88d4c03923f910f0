-- Run the onboarding job's statement by hand and read the error it gets.
\c postgres
CREATE DATABASE tenant_d WITH TEMPLATE tenant_template OWNER app_owner;
