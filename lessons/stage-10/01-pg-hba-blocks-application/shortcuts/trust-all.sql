-- Trust everyone, first line of the rules.
\c app_db
\action edit-hba insert 89 local all all trust
