-- Tonight's runbook canary, in every application database, on both nodes.
\c app_db - primary
SELECT marker, written_at, written_by FROM ops.failover_canary ORDER BY written_at DESC LIMIT 3;
\c billing_db - primary
SELECT marker, written_at, written_by FROM ops.failover_canary ORDER BY written_at DESC LIMIT 3;
\c app_db - replica1
SELECT marker, written_at, written_by FROM ops.failover_canary ORDER BY written_at DESC LIMIT 3;
\c billing_db - replica1
SELECT marker, written_at, written_by FROM ops.failover_canary ORDER BY written_at DESC LIMIT 3;
