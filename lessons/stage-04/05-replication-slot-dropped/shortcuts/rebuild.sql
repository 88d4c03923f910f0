-- SHORTCUT: the runbook's hammer: re-clone replica1.
\action rebuild-replica1
