-- migrate:up
CREATE INDEX books_project ON books(project_id, position);
CREATE INDEX chapters_book ON chapters(book_id, number);
CREATE INDEX characters_project ON characters(project_id);
CREATE INDEX series_mysteries_series ON series_mysteries(series_id, status);

-- migrate:down
DROP INDEX series_mysteries_series;
DROP INDEX characters_project;
DROP INDEX chapters_book;
DROP INDEX books_project;
