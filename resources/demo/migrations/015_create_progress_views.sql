-- migrate:up
CREATE VIEW book_progress AS
SELECT b.id AS book_id, b.title, p.title AS project, b.status, b.target_words,
       coalesce(sum(c.word_count), 0) AS words,
       round(100.0 * coalesce(sum(c.word_count), 0) / b.target_words, 1) AS percent
FROM books b JOIN projects p ON p.id = b.project_id LEFT JOIN chapters c ON c.book_id = b.id
GROUP BY b.id;

CREATE VIEW daily_words AS
SELECT date(started_at) AS day, sum(words_written) AS words, sum(minutes) AS minutes
FROM writing_sessions GROUP BY date(started_at);

-- migrate:down
DROP VIEW daily_words;
DROP VIEW book_progress;
