-- "Fewer rows to scan: clear out the finished jobs."
\c jobsdb
DELETE FROM jobs WHERE state = 'done';
