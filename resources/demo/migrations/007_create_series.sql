-- migrate:up
CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    planned_books INTEGER NOT NULL DEFAULT 3
);
ALTER TABLE books ADD COLUMN series_id INTEGER REFERENCES series(id) ON DELETE SET NULL;

-- migrate:down
ALTER TABLE books DROP COLUMN series_id;
DROP TABLE series;
