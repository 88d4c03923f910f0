-- Give the analysts' statements a ceiling: long enough for a heavy monthly report, short
-- enough that a runaway ends the same hour. Applies to their new sessions.
\c marketplace
ALTER ROLE analytics SET statement_timeout = '20min';
