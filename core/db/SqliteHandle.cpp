#include "db/SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <cstring>

namespace steward {

Result<SqliteHandle> SqliteHandle::borrow(const QSqlDatabase& db)
{
    const QVariant v = db.isValid() && db.isOpen() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || std::strcmp(v.typeName(), "sqlite3*") != 0) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("steward::Errors", "The database connection is not open."), {},
                         QStringLiteral("no sqlite3* handle (driver %1)").arg(db.driverName()));
    }
    auto* handle = *static_cast<sqlite3* const*>(v.constData());
    if (!handle)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("steward::Errors", "The database connection is not open."), {},
                         QStringLiteral("null sqlite3* handle"));
    return SqliteHandle(db, handle);
}

} // namespace steward
