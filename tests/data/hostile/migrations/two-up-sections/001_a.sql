-- migrate:up
CREATE TABLE a (x);
-- migrate:up
CREATE TABLE b (x);
