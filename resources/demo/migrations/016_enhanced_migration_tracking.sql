-- migrate:up
ALTER TABLE schema_migrations ADD COLUMN name TEXT;
ALTER TABLE schema_migrations ADD COLUMN checksum TEXT;
ALTER TABLE schema_migrations ADD COLUMN rolled_back_at TEXT;

CREATE TABLE query_performance (
    id TEXT PRIMARY KEY,
    sql TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    timestamp TEXT DEFAULT (datetime('now')),
    params TEXT
);
CREATE INDEX idx_query_performance_duration ON query_performance(duration_ms DESC);
CREATE INDEX idx_query_performance_timestamp ON query_performance(timestamp);

-- migrate:down
DROP INDEX idx_query_performance_timestamp;
DROP INDEX idx_query_performance_duration;
DROP TABLE query_performance;
ALTER TABLE schema_migrations DROP COLUMN rolled_back_at;
ALTER TABLE schema_migrations DROP COLUMN checksum;
ALTER TABLE schema_migrations DROP COLUMN name;
