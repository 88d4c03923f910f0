-- Line 91 is the mistaken rule (app_user instead of app_user_old); the contractor's stays.
\c app_db
\action edit-hba remove 91
