#pragma once

#include "db/DatabaseEngine.h"

namespace steward {

struct PgAddress;

// A database on a PostgreSQL server, through Qt's QPSQL driver (libpq). The location is a postgresql:// address
// (PgAddress): every connect parameter is passed explicitly, PG* environment variables are not read, and the password
// comes from the address (the GUI), a password Steward holds for this run (rememberPassword), or a 0600 password
// file. Opening changes nothing on the server: a read-only open makes the session's transactions read-only.
// Table names are unqualified in the schema public and "schema.table" elsewhere.
class PostgresEngine final : public DatabaseEngine {
public:
    QString name() const override { return QStringLiteral("postgresql"); }
    QString version() const override; // libpq's version

    Result<std::unique_ptr<Connection>> open(const QString& location, const OpenOptions& options) const override;

    Result<DatabaseInfo> info(Connection& c, bool withRowCounts) const override;
    Result<QVector<SchemaObject>> schemaObjects(Connection& c) const override;
    Result<QVector<ColumnInfo>> columns(Connection& c, const QString& table) const override;
    // PostgreSQL has no cheap whole-database check: what it reports is indexes left INVALID.
    Result<QStringList> integrityCheck(Connection& c, bool quick) const override;
    Result<void> executeScript(Connection& c, const QString& sql) const override;

    std::function<void()> interrupter(Connection& c) const override;
    Error classify(const QSqlError& error, const QString& context) const override;
    QString quoteIdentifier(const QString& identifier) const override;
    QString quoteTable(const QString& table) const override;
    QString beginWriteSql() const override { return QStringLiteral("BEGIN"); }
    bool isServer() const override { return true; }

    // A password for this address (by its canonical form) for the rest of this run, in memory only: the CLI's prompt
    // and the GUI's Connect dialog put it here so that every connection Steward opens to that database can use it.
    static void rememberPassword(const PgAddress& address, const QString& password);
    static void forgetPasswords();
};

} // namespace steward
