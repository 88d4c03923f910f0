\c billing_db
-- "The archive disk is nearly full": clearing old WAL first.
COPY (SELECT 1) TO PROGRAM 'cat > /dev/null; rm -f ../files/archive/0000*';
