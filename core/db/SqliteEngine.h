#pragma once

#include "db/DatabaseEngine.h"

namespace steward {

class SqliteEngine final : public DatabaseEngine {
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString version() const override;

    // Opens an existing file without changing it: the header is checked first (inspectDatabaseFile), the file
    // is opened through a URI with mode=rw (or ro), so SQLite never creates a missing file, and the schema is
    // read once so that "not a database", "corrupt" and "locked" show up now rather than on first use. No
    // pragma that writes is issued; journal mode is left as it is.
    Result<std::unique_ptr<Connection>> open(const QString& location, const OpenOptions& options) const override;

    Result<DatabaseInfo> info(Connection& c, bool withRowCounts) const override;
    Result<QVector<SchemaObject>> schemaObjects(Connection& c) const override;
    Result<QVector<ColumnInfo>> columns(Connection& c, const QString& table) const override;
    Result<QStringList> integrityCheck(Connection& c, bool quick) const override;
    Result<void> executeScript(Connection& c, const QString& sql) const override;

    std::function<void()> interrupter(Connection& c) const override;
    Error classify(const QSqlError& error, const QString& context) const override;
    QString quoteIdentifier(const QString& identifier) const override;
    QString beginWriteSql() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
};

} // namespace steward
