CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN
    INSERT INTO audit (what) VALUES ('user ' || NEW.name);
END;
