-- "Reject lines are the problem": both go, the contractor's with the mistaken one.
\c app_db
\action edit-hba remove 91
\action edit-hba remove 90
