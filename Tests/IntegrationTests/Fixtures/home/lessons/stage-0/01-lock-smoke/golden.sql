select application_name, state, wait_event_type from pg_stat_activity where datname = 'shop' order by application_name;
select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'migration_runner';
\score
