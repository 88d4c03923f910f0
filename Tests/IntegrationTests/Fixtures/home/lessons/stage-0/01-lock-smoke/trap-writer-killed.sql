select application_name, state from pg_stat_activity where datname = 'shop';
select pg_terminate_backend(pid) from pg_stat_activity where application_name in ('migration_runner', 'app_writer');
