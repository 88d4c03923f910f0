-- SHORTCUT: "the coordinator wanted these done": commits both, the aborted batch included.
\c warehouse
COMMIT PREPARED 'batch_48213';
COMMIT PREPARED 'transfer_7731';
