-- migrate:up

-- migrate:down
DROP TABLE a;
