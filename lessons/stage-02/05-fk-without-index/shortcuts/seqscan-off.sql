-- Push the planner away from sequential scans, for the whole database.
\c crm
ALTER DATABASE crm SET enable_seqscan = off;
