-- "Idle sessions: that's what idle_in_transaction_session_timeout is for."
\c retail
ALTER ROLE report_worker SET idle_in_transaction_session_timeout = '15min';
