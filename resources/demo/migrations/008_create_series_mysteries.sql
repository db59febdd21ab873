-- migrate:up
CREATE TABLE series_mysteries (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    introduced_in_book INTEGER REFERENCES books(id),
    resolved_in_book INTEGER REFERENCES books(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'hinted', 'resolved'))
);

-- migrate:down
DROP TABLE series_mysteries;
