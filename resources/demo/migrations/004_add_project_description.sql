-- migrate:up
ALTER TABLE projects ADD COLUMN description TEXT;

-- migrate:down
ALTER TABLE projects DROP COLUMN description;
