-- Remove the shadowing function (its definition is saved in the ticket).
\c app_db
DROP FUNCTION public.normalize_email(text);
