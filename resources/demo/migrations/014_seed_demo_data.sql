-- migrate:up
-- Demo content: a dozen writing projects with their series, books, chapters, characters and writing
-- sessions. Generated deterministically so every demo database is the same.
INSERT INTO series (id, title, planned_books)
SELECT key + 1, value, 3 + key % 3
FROM json_each('["The Lantern Cycle","Harbour of Glass","The Quiet Archive","Saltmarsh Chronicles"]');

INSERT INTO projects (id, title, genre, description, created_at, updated_at)
SELECT p.key + 1,
       p.value,
       json_extract('["mystery","fantasy","literary","science fiction","thriller","historical"]', '$[' || (p.key % 6) || ']'),
       'A ' || json_extract('["slow-burning","twisting","quiet","sprawling","tense","warm"]', '$[' || (p.key % 6) || ']')
           || ' story about ' || json_extract('["a missing cartographer","two rival bakers","a lighthouse that moves","the last archivist","a town without clocks","a stolen orchestra"]', '$[' || (p.key % 6) || ']') || '.',
       datetime('2024-01-05', '+' || (p.key * 23) || ' days'),
       datetime('2025-06-01', '+' || (p.key * 11) || ' days')
FROM json_each('["The Cartographer''s Daughter","Ink and Ember","A Map of Small Hours","The Salt Road","Nine Winters","Glass Harbour",
                 "Under the Orchard","The Lantern Keeper","Paper Moons","The Quiet Archive","Letters to the Tide","Ash and Amber"]') AS p;

WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 39)
INSERT INTO books (id, project_id, title, position, status, target_words, series_id, created_at)
SELECT i + 1,
       i % 12 + 1,
       json_extract('["The First Light","A Harbour in Winter","The Broken Compass","Songs of the Marsh","The Hollow Crown","Tide and Timber","The Last Ledger","A Room of Maps","The Fifth Bell","Distant Fires"]', '$[' || (i % 10) || ']')
           || CASE WHEN i >= 10 THEN ' ' || json_extract('["II","III","IV"]', '$[' || (i / 10 - 1) || ']') ELSE '' END,
       i / 12 + 1,
       json_extract('["published","revising","drafting","planning"]', '$[' || (i / 12) || ']'),
       60000 + (i * 7919) % 60000,
       CASE WHEN i % 12 < 4 THEN i % 12 + 1 END,
       datetime('2024-02-01', '+' || (i * 9) || ' days')
FROM n;

WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 959)
INSERT INTO chapters (id, book_id, number, title, word_count, content, status)
SELECT i + 1,
       i / 24 + 1,
       i % 24 + 1,
       json_extract('["Arrival","The Letter","Night Market","Old Debts","The Crossing","Fog","A Quiet Door","The Ledger","Embers","Return","Thaw","The Bell Tower"]', '$[' || (i % 12) || ']')
           || CASE WHEN i % 24 >= 12 THEN ', Again' ELSE '' END,
       1200 + (i * 2654435761) % 3400,
       json_extract('["She","He","They","Nobody","The keeper"]', '$[' || (i % 5) || ']') || ' '
           || json_extract('["opened","burned","folded","hid","read"]', '$[' || (i % 7 % 5) || ']') || ' the '
           || json_extract('["map","letter","ledger","lantern","key"]', '$[' || (i % 11 % 5) || ']') || ' '
           || json_extract('["before dawn.","without a word.","twice.","in the rain.","and waited."]', '$[' || (i % 13 % 5) || ']'),
       json_extract('["final","revised","draft","outline"]', '$[' || ((i / 24) / 10) || ']')
FROM n;

WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 179)
INSERT INTO characters (id, project_id, name, role, description)
SELECT i + 1,
       i % 12 + 1,
       json_extract('["Ada","Bram","Cora","Dmitri","Elin","Farid","Greta","Hugo","Ines","Jonah","Kaito","Lena","Milo","Nadia","Oskar"]', '$[' || (i / 12) || ']')
           || ' ' || json_extract('["Voss","Marlowe","Okafor","Lindqvist","Reyes","Achterberg","Sato","Quill","Brennan","Ortiz","Haldane","Novak"]', '$[' || (i % 12) || ']'),
       CASE i / 12 WHEN 0 THEN 'protagonist' WHEN 1 THEN 'antagonist' WHEN 2 THEN 'supporting' WHEN 3 THEN 'supporting' ELSE 'minor' END,
       json_extract('["keeps every receipt","cannot swim","was a sailor","speaks four languages","is afraid of bells","writes letters never sent"]', '$[' || (i % 6) || ']')
FROM n;

-- Every chapter has its project's protagonist and antagonist and one more character.
INSERT INTO chapter_characters (chapter_id, character_id)
SELECT c.id, ch.id
FROM chapters c JOIN books b ON b.id = c.book_id JOIN characters ch ON ch.project_id = b.project_id
WHERE ch.role IN ('protagonist', 'antagonist') OR (ch.id - 1) / 12 = 2 + c.number % 13;

WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1919)
INSERT INTO writing_sessions (id, chapter_id, started_at, minutes, words_written)
SELECT i + 1,
       i / 2 + 1,
       datetime('2025-01-01 07:00', '+' || (i * 7) || ' hours', '+' || (i * 13 % 60) || ' minutes'),
       20 + (i * 37) % 160,
       150 + (i * 97) % 2200
FROM n;

WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 23)
INSERT INTO series_mysteries (id, series_id, question, introduced_in_book, resolved_in_book, status)
SELECT i + 1,
       i % 4 + 1,
       json_extract('["Who drew the seventh map?","Why does the bell ring at noon?","Where did the ledger go?","Who is writing the letters?","What lies under the orchard?","Why did the lighthouse move?"]', '$[' || (i / 4) || ']'),
       i % 4 + 1,
       CASE WHEN i % 3 = 0 THEN i % 4 + 13 END,
       CASE WHEN i % 3 = 0 THEN 'resolved' WHEN i % 3 = 1 THEN 'hinted' ELSE 'open' END
FROM n;

INSERT INTO tags (id, name)
SELECT key + 1, value FROM json_each('["series","standalone","needs-edit","agent-ready","nanowrimo","research","dark","cozy","ensemble","first-person"]');

INSERT INTO project_tags (project_id, tag_id)
SELECT p.id, t.id FROM projects p JOIN tags t ON (p.id * 3 + t.id) % 4 = 0;

-- migrate:down
DELETE FROM project_tags;
DELETE FROM tags;
DELETE FROM series_mysteries;
DELETE FROM writing_sessions;
DELETE FROM chapter_characters;
DELETE FROM characters;
DELETE FROM chapters;
DELETE FROM books;
DELETE FROM projects;
DELETE FROM series;
