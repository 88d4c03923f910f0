-- A different repair of the column: old code keeps inserting without release_id, so a
-- trigger fills it (as the migration's owner, who owns orders), then the backfill.
\c app_db
SET ROLE migration_owner;
CREATE FUNCTION orders_fill_release_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.release_id := coalesce(NEW.release_id, 'pre-2026.05.31');
    RETURN NEW;
END $$;
SET lock_timeout = '5s';
CREATE TRIGGER orders_fill_release_id BEFORE INSERT ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_fill_release_id();
UPDATE orders SET release_id = 'pre-2026.05.31' WHERE release_id IS NULL;
RESET lock_timeout;
RESET ROLE;
