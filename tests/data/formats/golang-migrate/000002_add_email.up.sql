-- a comment above the statement
ALTER TABLE users ADD COLUMN email TEXT;
