-- HURRIED: the page was about the pickers: roll back the batch that holds their rows and stop.
\c warehouse
ROLLBACK PREPARED 'batch_48213';
