-- A statement_timeout for the whole database: everyone's statements.
\c marketplace
ALTER DATABASE marketplace SET statement_timeout = '20min';
