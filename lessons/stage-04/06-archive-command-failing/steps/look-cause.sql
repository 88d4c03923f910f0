-- What does the archiver run, what does it complain about, and what is in the archive?
\c app_db
SHOW archive_command;
\log 6 archive
\files archive
