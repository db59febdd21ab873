-- migrate:up
CREATE TABLE chapter_characters (
    chapter_id INTEGER NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
    character_id INTEGER NOT NULL REFERENCES characters(id) ON DELETE CASCADE,
    PRIMARY KEY (chapter_id, character_id)
) WITHOUT ROWID;

-- migrate:down
DROP TABLE chapter_characters;
