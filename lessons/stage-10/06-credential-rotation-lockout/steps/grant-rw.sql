-- Finish step 1 of the rotation as the runbook meant it: the new credential joins app_rw.
\c shop
GRANT app_rw TO app_user_v2;
REVOKE app_ro FROM app_user_v2;
