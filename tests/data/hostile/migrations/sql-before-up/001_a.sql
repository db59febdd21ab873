CREATE TABLE early (x);
-- migrate:up
CREATE TABLE a (x);
