-- migrate:up
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'planning' CHECK (status IN ('planning', 'drafting', 'revising', 'published')),
    target_words INTEGER NOT NULL DEFAULT 80000,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);

-- migrate:down
DROP TABLE books;
