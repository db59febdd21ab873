-- migrate:up
CREATE TABLE writing_sessions (
    id INTEGER PRIMARY KEY,
    chapter_id INTEGER NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    words_written INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX writing_sessions_started ON writing_sessions(started_at);

-- migrate:down
DROP INDEX writing_sessions_started;
DROP TABLE writing_sessions;
