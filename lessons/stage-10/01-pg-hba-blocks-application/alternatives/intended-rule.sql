-- What SEC-112 meant: reject the retired credential, not the live one. Insert the intended
-- rule, then remove the mistaken one (now line 92).
\c app_db
\action edit-hba insert 91 local app_db app_user_old reject
\action edit-hba remove 92
