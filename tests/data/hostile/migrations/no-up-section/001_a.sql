-- migrate:down
DROP TABLE a;
