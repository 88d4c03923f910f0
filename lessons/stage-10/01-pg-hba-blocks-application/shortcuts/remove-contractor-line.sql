-- "Reject lines are the problem": the contractor's line goes too.
\c app_db
\action edit-hba remove 90
