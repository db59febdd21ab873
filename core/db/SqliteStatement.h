#pragma once

#include <QtGlobal>

#include <sqlite3.h>

#include <utility>

namespace steward {

// Owns one prepared statement: finalized when it goes out of scope, on every path. Move-only.
//     SqliteStatement stmt;
//     sqlite3_prepare_v2(db, sql, -1, stmt.out(), &tail);
class SqliteStatement final {
public:
    SqliteStatement() = default;
    explicit SqliteStatement(sqlite3_stmt* statement)
        : m_statement(statement)
    {
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(SqliteStatement&& other) noexcept
        : m_statement(std::exchange(other.m_statement, nullptr))
    {
    }
    SqliteStatement& operator=(SqliteStatement&& other) noexcept
    {
        if (this != &other)
            reset(std::exchange(other.m_statement, nullptr));
        return *this;
    }
    Q_DISABLE_COPY(SqliteStatement)

    sqlite3_stmt* get() const { return m_statement; }
    explicit operator bool() const { return m_statement != nullptr; }
    // For sqlite3_prepare_v2: finalizes what it held and hands out the slot for the new statement.
    sqlite3_stmt** out()
    {
        reset();
        return &m_statement;
    }
    void reset(sqlite3_stmt* statement = nullptr) { sqlite3_finalize(std::exchange(m_statement, statement)); }

private:
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace steward
