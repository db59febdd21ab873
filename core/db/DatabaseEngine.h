#pragma once

#include "Result.h"
#include "db/Connection.h"
#include "db/Schema.h"

#include <QStringList>

#include <functional>

namespace steward {

// Everything that differs between database engines sits behind this interface: opening, introspection,
// integrity checks, error classification, quoting. SQLite (files) and PostgreSQL (servers) implement it; panels and
// models do not ask which one they have.
class DatabaseEngine {
public:
    virtual ~DatabaseEngine() = default;

    virtual QString name() const = 0;    // "sqlite", "postgresql"
    virtual QString version() const = 0; // the library's version

    virtual Result<std::unique_ptr<Connection>> open(const QString& location, const OpenOptions& options) const = 0;

    virtual Result<DatabaseInfo> info(Connection& c, bool withRowCounts) const = 0;
    virtual Result<QVector<SchemaObject>> schemaObjects(Connection& c) const = 0;
    virtual Result<QVector<ColumnInfo>> columns(Connection& c, const QString& table) const = 0;
    // Exact: count(*) of the table, named as quoteTable() names it. The same for every engine.
    Result<qint64> rowCount(Connection& c, const QString& table) const;
    // Problems found; an empty list means the check passed.
    virtual Result<QStringList> integrityCheck(Connection& c, bool quick) const = 0;
    virtual Result<void> executeScript(Connection& c, const QString& sql) const = 0;

    // A function that stops the statement running on c, callable from any thread while c is open.
    virtual std::function<void()> interrupter(Connection& c) const = 0;

    virtual Error classify(const QSqlError& error, const QString& context) const = 0;
    virtual QString quoteIdentifier(const QString& identifier) const = 0;
    // A table's name as schemaObjects() and info() give it, quoted for a statement ("schema"."table" where the
    // engine has schemas and the table is not in the default one).
    virtual QString quoteTable(const QString& table) const { return quoteIdentifier(table); }
    // The statement that starts a write transaction (SQLite takes the write lock at once: BEGIN IMMEDIATE).
    virtual QString beginWriteSql() const = 0;
    // True for an engine whose databases live on a server (addresses, not files): no file to copy, size or lock.
    virtual bool isServer() const { return false; }

    static const DatabaseEngine& sqlite();
    static const DatabaseEngine& postgres();
    // The engine of a location: PostgreSQL for a postgresql:// (or postgres://) address, SQLite for a file.
    static const DatabaseEngine& forLocation(const QString& location);
};

// The one spelling of a location Steward keys its settings and records by: a file's absolute path, or a PostgreSQL
// address in its canonical form (without the password). Text that is neither a file nor a valid address is returned
// as an absolute path.
QString normalizedLocation(const QString& location);
// For work built for SQLite files only so far (backups, migrations, the SQL console): a NotSupported error naming
// `feature` when the location is a server's database, else nothing.
Result<void> requireFileDatabase(const QString& location, const QString& feature);
// A location for people: a file's name, or "database on host:port as user" for a server (never a password).
QString locationDisplayName(const QString& location);

} // namespace steward
