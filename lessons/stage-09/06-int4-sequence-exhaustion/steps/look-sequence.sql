-- Reproduce the ingester's failure, then read the sequence against the table it numbers.
\c app_db
BEGIN;
INSERT INTO events (source, kind, dedupe_key) VALUES ('oncall', 'probe', 'oncall-probe-1');
ROLLBACK;
SELECT sequencename, data_type, last_value, max_value FROM pg_sequences WHERE sequencename = 'events_id_seq';
SELECT count(*) AS events, min(id), max(id) FROM events;
