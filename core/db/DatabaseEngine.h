#pragma once

#include "Result.h"
#include "db/Connection.h"
#include "db/Schema.h"

#include <QStringList>

#include <functional>

namespace steward {

// Everything that differs between database engines sits behind this interface: opening, introspection,
// integrity checks, error classification, quoting. SQLite is the only engine today; a PostgreSQL engine is a
// second implementation, and panels and models do not change.
class DatabaseEngine {
public:
    virtual ~DatabaseEngine() = default;

    virtual QString name() const = 0;    // "sqlite"
    virtual QString version() const = 0; // the library's version

    virtual Result<std::unique_ptr<Connection>> open(const QString& location, const OpenOptions& options) const = 0;

    virtual Result<DatabaseInfo> info(Connection& c, bool withRowCounts) const = 0;
    virtual Result<QVector<SchemaObject>> schemaObjects(Connection& c) const = 0;
    virtual Result<QVector<ColumnInfo>> columns(Connection& c, const QString& table) const = 0;
    virtual Result<qint64> rowCount(Connection& c, const QString& table) const = 0;
    // Problems found; an empty list means the check passed.
    virtual Result<QStringList> integrityCheck(Connection& c, bool quick) const = 0;
    virtual Result<void> executeScript(Connection& c, const QString& sql) const = 0;

    // A function that stops the statement running on c, callable from any thread while c is open.
    virtual std::function<void()> interrupter(Connection& c) const = 0;

    virtual Error classify(const QSqlError& error, const QString& context) const = 0;
    virtual QString quoteIdentifier(const QString& identifier) const = 0;

    static const DatabaseEngine& sqlite();
};

} // namespace steward
