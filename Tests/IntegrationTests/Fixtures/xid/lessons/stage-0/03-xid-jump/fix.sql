\c ledger
ROLLBACK PREPARED 'batch_42';
