-- "The canary tables differ between the nodes: clear them and start the runbook over."
\c app_db - primary
DELETE FROM ops.failover_canary;
\c billing_db - primary
DELETE FROM ops.failover_canary;
