DROP TRIGGER users_audit;
