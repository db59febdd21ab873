#include "db/SqliteEngine.h"

#include "Logging.h"
#include "db/DatabaseFile.h"
#include "db/PgAddress.h"
#include "db/SqliteErrors.h"
#include "db/SqliteHandle.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <sqlite3.h>

namespace steward {

const DatabaseEngine& DatabaseEngine::sqlite()
{
    static SqliteEngine engine;
    return engine;
}

const DatabaseEngine& DatabaseEngine::forLocation(const QString& location)
{
    return PgAddress::looksLikeAddress(location) ? postgres() : sqlite();
}

QString normalizedLocation(const QString& location)
{
    if (PgAddress::looksLikeAddress(location)) {
        auto a = PgAddress::parse(location);
        return a ? a->canonical() : location;
    }
    return location.isEmpty() ? location : QFileInfo(location).absoluteFilePath();
}

Result<void> requireFileDatabase(const QString& location, const QString& feature)
{
    if (!PgAddress::looksLikeAddress(location))
        return {};
    return makeError(
        ErrorCode::NotSupported,
        QCoreApplication::translate("steward::Errors", "%1 of a PostgreSQL database: not available yet.").arg(feature),
        QCoreApplication::translate("steward::Errors",
                                    "Steward shows this server's schema, data and health; backups, "
                                    "migrations, the SQL console and statement charts for PostgreSQL "
                                    "come in a later version. Use psql or pg_dump meanwhile."));
}

QString locationDisplayName(const QString& location)
{
    if (PgAddress::looksLikeAddress(location)) {
        auto a = PgAddress::parse(location);
        return a ? a->displayName() : QStringLiteral("PostgreSQL");
    }
    return QFileInfo(location).fileName();
}

QString SqliteEngine::version() const
{
    return QString::fromLatin1(sqlite3_libversion());
}

Error SqliteEngine::classify(const QSqlError& error, const QString& context) const
{
    bool ok = false;
    int code = error.nativeErrorCode().toInt(&ok);
    if (!ok || code == 0)
        code = SQLITE_ERROR;
    return classifySqliteError(code, error.databaseText().isEmpty() ? error.text() : error.databaseText(), context);
}

QString SqliteEngine::quoteIdentifier(const QString& identifier) const
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Result<std::unique_ptr<Connection>> SqliteEngine::open(const QString& location, const OpenOptions& options) const
{
    const QString path = QFileInfo(location).absoluteFilePath();
    const bool exists = QFileInfo::exists(path);
    if (!(options.create && !exists)) {
        auto header = inspectDatabaseFile(path);
        if (!header) {
            logging::logger()->warn("open refused: {}", header.error().detail);
            return header.error();
        }
    }

    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("steward-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    QString mode = options.readOnly ? QStringLiteral("ro") : QStringLiteral("rw");
    if (options.create && !exists)
        mode = QStringLiteral("rwc");
    // A URI with mode=rw never creates a missing file, even though Qt passes SQLITE_OPEN_CREATE.
    const QString uri =
        QStringLiteral("file:%1?mode=%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(path, "/")), mode);
    Error failure;
    bool failed = false;
    bool readOnly = options.readOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(uri);
        QString connectOptions = QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            failure = classify(db.lastError(), path);
            failed = true;
        } else if (auto handle = SqliteHandle::borrow(db); !handle) {
            failure = handle.error();
            failed = true;
        } else {
            sqlite3* h = handle->get();
            sqlite3_extended_result_codes(h, 1);
            if (options.foreignKeys)
                sqlite3_exec(h, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
            // Reading the schema touches the header and the first page only: it finds a file that is not a
            // database, a damaged schema, or a lock held by another process, without scanning the file.
            char* message = nullptr;
            if (options.openTimeoutMs >= 0)
                sqlite3_busy_timeout(h, options.openTimeoutMs);
            const int rc = sqlite3_exec(h, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, &message);
            if (options.openTimeoutMs >= 0)
                sqlite3_busy_timeout(h, options.busyTimeoutMs);
            if (rc != SQLITE_OK) {
                failure = classifySqliteError(sqlite3_extended_errcode(h),
                                              QString::fromUtf8(message ? message : sqlite3_errmsg(h)), path);
                failed = true;
            }
            sqlite3_free(message);
            readOnly = readOnly || sqlite3_db_readonly(h, "main") == 1;
        }
        if (failed)
            db.close();
    }
    if (failed) {
        QSqlDatabase::removeDatabase(name);
        logging::logger()->warn("cannot open {}: {}", path, failure.detail);
        if (failure.code == ErrorCode::Busy)
            failure.message = QCoreApplication::translate("steward::Errors", "%1 is locked by another program.")
                                  .arg(QDir::toNativeSeparators(path));
        return failure;
    }
    logging::logger()->info("opened {}{}", path, readOnly ? " (read-only)" : "");
    return std::make_unique<Connection>(*this, name, path, readOnly);
}

Result<QVector<SchemaObject>> SqliteEngine::schemaObjects(Connection& c) const
{
    auto rows = c.select(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                                        "WHERE type IN ('table','view','index','trigger') ORDER BY type, name"));
    if (!rows)
        return rows.error();
    QVector<SchemaObject> objects;
    for (const auto& row : rows.value()) {
        SchemaObject o;
        const QString type = row[0].toString();
        o.type = type == QLatin1String("view")      ? SchemaObjectType::View
                 : type == QLatin1String("index")   ? SchemaObjectType::Index
                 : type == QLatin1String("trigger") ? SchemaObjectType::Trigger
                                                    : SchemaObjectType::Table;
        o.name = row[1].toString();
        o.table = row[2].toString();
        o.sql = row[3].toString();
        objects.push_back(std::move(o));
    }
    return objects;
}

Result<QVector<ColumnInfo>> SqliteEngine::columns(Connection& c, const QString& table) const
{
    auto rows =
        c.select(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"), {table});
    if (!rows)
        return rows.error();
    QVector<ColumnInfo> out;
    for (const auto& row : rows.value())
        out.push_back(ColumnInfo{row[0].toString(), row[1].toString(), row[2].toBool(),
                                 row[3].isNull() ? QString() : row[3].toString(), row[4].toInt()});
    return out;
}

Result<qint64> DatabaseEngine::rowCount(Connection& c, const QString& table) const
{
    auto v = c.scalar(QStringLiteral("SELECT count(*) FROM ") + quoteTable(table));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<DatabaseInfo> SqliteEngine::info(Connection& c, bool withRowCounts) const
{
    DatabaseInfo info;
    info.engine = name();
    info.engineVersion = version();
    info.path = c.path();
    info.fileSize = QFileInfo(c.path()).size();
    info.readOnly = c.isReadOnly();
    auto pragma = [&](const char* p) -> Result<QVariant> {
        return c.scalar(QStringLiteral("PRAGMA ") + QLatin1String(p));
    };
    for (auto [p, target] :
         {std::pair{"page_size", &info.pageSize}, std::pair{"page_count", &info.pageCount},
          std::pair{"freelist_count", &info.freelistCount}, std::pair{"user_version", &info.userVersion}}) {
        auto v = pragma(p);
        if (!v)
            return v.error();
        *target = v->toLongLong();
    }
    auto journal = pragma("journal_mode");
    if (!journal)
        return journal.error();
    info.journalMode = journal->toString();
    auto tables = c.select(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!tables)
        return tables.error();
    for (const auto& row : tables.value()) {
        TableSummary t{row[0].toString(), -1};
        if (withRowCounts) {
            auto n = rowCount(c, t.name);
            if (!n)
                return n.error();
            t.rowCount = n.value();
        }
        info.tables.push_back(t);
    }
    return info;
}

Result<QStringList> SqliteEngine::integrityCheck(Connection& c, bool quick) const
{
    auto rows = c.select(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"));
    if (!rows)
        return rows.error();
    QStringList problems;
    for (const auto& row : rows.value())
        if (row.value(0).toString() != QLatin1String("ok"))
            problems << row.value(0).toString();
    return problems;
}

Result<void> SqliteEngine::executeScript(Connection& c, const QString& sql) const
{
    auto handle = SqliteHandle::borrow(c.database());
    if (!handle)
        return handle.error();
    char* message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    // sqlite3_exec splits the script with SQLite's own parser (trigger bodies with ';' included).
    const int rc = sqlite3_exec(handle->get(), utf8.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    Error e = classifySqliteError(sqlite3_extended_errcode(handle->get()),
                                  QString::fromUtf8(message ? message : sqlite3_errmsg(handle->get())), c.path());
    sqlite3_free(message);
    return e;
}

std::function<void()> SqliteEngine::interrupter(Connection& c) const
{
    auto handle = SqliteHandle::borrow(c.database());
    if (!handle)
        return [] {};
    sqlite3* h = handle->get();
    return [h] { sqlite3_interrupt(h); };
}

QString schemaObjectTypeName(SchemaObjectType type)
{
    switch (type) {
    case SchemaObjectType::Table:
        return QStringLiteral("table");
    case SchemaObjectType::View:
        return QStringLiteral("view");
    case SchemaObjectType::Index:
        return QStringLiteral("index");
    case SchemaObjectType::Trigger:
        return QStringLiteral("trigger");
    case SchemaObjectType::MaterializedView:
        return QStringLiteral("materialized view");
    case SchemaObjectType::Sequence:
        return QStringLiteral("sequence");
    case SchemaObjectType::Function:
        return QStringLiteral("function");
    }
    return {};
}

} // namespace steward
