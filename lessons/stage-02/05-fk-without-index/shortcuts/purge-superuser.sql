-- "Maybe the purge job lacks rights."
\c crm
ALTER ROLE purge_job SUPERUSER;
