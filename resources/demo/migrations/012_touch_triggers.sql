-- migrate:up
-- Keep projects.updated_at current when anything in a project's books changes.
CREATE TRIGGER chapters_touch_project AFTER UPDATE OF content, word_count ON chapters
BEGIN
    UPDATE projects SET updated_at = datetime('now')
    WHERE id = (SELECT project_id FROM books WHERE books.id = NEW.book_id);
END;
CREATE TRIGGER books_touch_project AFTER UPDATE ON books
BEGIN
    UPDATE projects SET updated_at = datetime('now') WHERE id = NEW.project_id;
END;

-- migrate:down
DROP TRIGGER books_touch_project;
DROP TRIGGER chapters_touch_project;
