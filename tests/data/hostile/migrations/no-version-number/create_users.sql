-- migrate:up
CREATE TABLE u (x);
