-- "Clear the plan cache."
\c jobsdb
DISCARD ALL;
