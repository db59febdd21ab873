-- +goose Up
-- +goose StatementBegin
CREATE TRIGGER users_upper AFTER INSERT ON users BEGIN
    UPDATE users SET name = upper(NEW.name) WHERE id = NEW.id;
END;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP TRIGGER users_upper;
-- +goose StatementEnd
