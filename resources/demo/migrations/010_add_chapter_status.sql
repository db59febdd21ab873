-- migrate:up
ALTER TABLE chapters ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('outline', 'draft', 'revised', 'final'));

-- migrate:down
ALTER TABLE chapters DROP COLUMN status;
