#pragma once

#include "Result.h"

#include <QSqlDatabase>

struct sqlite3;

namespace steward {

// Borrows the sqlite3* behind a QSqlDatabase (QSqlDriver::handle()), checked once. It keeps a copy of the
// QSqlDatabase so the connection stays open while the handle is borrowed. The handle is never closed here:
// Qt owns it. Use it for backup, tracing and pragmas only, and only in the connection's thread.
class SqliteHandle final {
public:
    static Result<SqliteHandle> borrow(const QSqlDatabase& db);
    sqlite3* get() const { return m_handle; }

private:
    SqliteHandle(QSqlDatabase db, sqlite3* handle)
        : m_db(db) // QSqlDatabase is copied (it has no move constructor); it is a shared handle
        , m_handle(handle)
    {
    }
    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;
};

} // namespace steward
