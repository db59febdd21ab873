#include "db/PostgresEngine.h"

#include "Logging.h"
#include "db/PgAddress.h"
#include "db/PgErrors.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <vector>

namespace steward {

namespace {

QMutex g_passwordsMutex;
QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> map;
    return map;
}

// A value for libpq's keyword='value' syntax. QPSQL turns ';' in the options into spaces, so a value holding one is
// refused before this (PgAddress refuses control characters; ';' is checked in open).
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

const char* const kUserSchemas = "n.nspname NOT IN ('pg_catalog', 'information_schema') "
                                 "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'";

QString qualified(const QString& schema, const QString& name)
{
    return schema == QLatin1String("public") ? name : schema + QLatin1Char('.') + name;
}

PGconn* pgHandle(const QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Qt names the type by its typedef or by the struct behind it, depending on how it was registered.
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(v.constData());
}

} // namespace

const DatabaseEngine& DatabaseEngine::postgres()
{
    static PostgresEngine engine;
    return engine;
}

QString PostgresEngine::version() const
{
    const int v = PQlibVersion();
    return QStringLiteral("%1.%2").arg(v / 10000).arg(v % 10000);
}

void PostgresEngine::rememberPassword(const PgAddress& address, const QString& password)
{
    QMutexLocker lock(&g_passwordsMutex);
    passwords().insert(address.canonical(), password);
}

void PostgresEngine::forgetPasswords()
{
    QMutexLocker lock(&g_passwordsMutex);
    passwords().clear();
}

QString PostgresEngine::quoteIdentifier(const QString& identifier) const
{
    QString quotedName = identifier;
    quotedName.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quotedName + QLatin1Char('"');
}

QString PostgresEngine::quoteTable(const QString& table) const
{
    // Always schema-qualified: an unqualified name would go through search_path ("$user" first), which may hold a
    // table of the same name in another schema.
    const int dot = table.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return QStringLiteral("\"public\".") + quoteIdentifier(table);
    return quoteIdentifier(table.left(dot)) + QLatin1Char('.') + quoteIdentifier(table.mid(dot + 1));
}

Error PostgresEngine::classify(const QSqlError& error, const QString& context) const
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return classifyPgError(error.nativeErrorCode(), text, context, error.type() == QSqlError::ConnectionError);
}

Result<std::unique_ptr<Connection>> PostgresEngine::open(const QString& location, const OpenOptions& options) const
{
    prepareLibpqEnvironment();
    auto parsed = PgAddress::parse(location);
    if (!parsed)
        return parsed.error();
    const PgAddress& address = parsed.value();
    const QString where = address.canonical();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorCode::Configuration,
                         QCoreApplication::translate("steward::Errors", "Qt's PostgreSQL driver is not installed."),
                         QCoreApplication::translate("steward::Errors", "Install the package libqt6sql6-psql."));
    QString password = address.password;
    if (password.isEmpty()) {
        QMutexLocker lock(&g_passwordsMutex);
        password = passwords().value(where);
    }
    // The password file matters only when no password is given: libpq would silently ignore one others can read.
    if (password.isEmpty())
        if (auto pass = address.checkPassFile(); !pass)
            return pass.error();
    QStringList connectOptions;
    for (const auto& [key, value] : address.libpqParameters()) {
        if (key == QLatin1String("host") || key == QLatin1String("port") || key == QLatin1String("dbname") ||
            key == QLatin1String("user"))
            continue; // given to QSqlDatabase itself, which quotes them
        if (value.contains(QLatin1Char(';')))
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("steward::Errors", "The %1 value contains ';', which Qt's "
                                                                            "PostgreSQL driver cannot pass on.")
                                 .arg(key),
                             QCoreApplication::translate("steward::Errors", "Rename the file or folder."));
        connectOptions << key + QLatin1Char('=') + quoted(value);
    }

    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("steward-pg-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    Error failure;
    bool failed = false;
    bool readOnly = options.readOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        db.setPassword(password);
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
        if (!db.open()) {
            const QSqlError e = db.lastError();
            const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
            failure = classifyPgError(e.nativeErrorCode(), text, where, true);
            failed = true;
            if (failure.code == ErrorCode::ConnectionFailed && failure.sqlState.isEmpty()) {
                // Words Steward does not know (a server writing another language): if the server answers a ping,
                // the failure is the set-up's and must not trip the circuit.
                QList<QByteArray> keys, values;
                for (const auto& [key, value] : address.libpqParameters()) {
                    keys << key.toUtf8();
                    values << value.toUtf8();
                }
                std::vector<const char*> k, v;
                for (int i = 0; i < keys.size(); ++i) {
                    k.push_back(keys[i].constData());
                    v.push_back(values[i].constData());
                }
                k.push_back(nullptr);
                v.push_back(nullptr);
                if (PQpingParams(k.data(), v.data(), 0) == PQPING_OK)
                    failure = unrecognisedButServerAnswers(failure);
            }
        } else {
            QSqlQuery q(db);
            // A read-only open: every transaction of this session is read-only (a session setting; the server
            // and the database are unchanged). A standby is read-only anyway.
            if (options.readOnly && !q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))) {
                failure = classify(q.lastError(), where);
                failed = true;
            } else if (!q.exec(QStringLiteral("SELECT pg_is_in_recovery()")) || !q.next()) {
                failure = classify(q.lastError(), where);
                failed = true;
            } else {
                readOnly = readOnly || q.value(0).toBool();
            }
        }
        if (failed)
            db.close();
    }
    if (failed) {
        QSqlDatabase::removeDatabase(name);
        logging::logger()->warn("cannot open {}: {}", where, failure.detail);
        return failure;
    }
    if (!address.password.isEmpty())
        rememberPassword(address, address.password); // Steward's other connections to it open by its canonical form
    logging::logger()->info("opened {}{}", where, readOnly ? " (read-only)" : "");
    return std::make_unique<Connection>(*this, name, where, readOnly);
}

Result<DatabaseInfo> PostgresEngine::info(Connection& c, bool withRowCounts) const
{
    DatabaseInfo info;
    info.engine = name();
    info.engineVersion = version();
    info.path = c.path();
    info.readOnly = c.isReadOnly();
    auto row = c.select(QStringLiteral(
        "SELECT current_setting('server_version'), pg_database_size(current_database()), "
        "(SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'), "
        "current_setting('max_connections')::int, pg_is_in_recovery(), current_database(), current_user"));
    if (!row)
        return row.error();
    if (row->isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("no row from the server's settings"));
    const QVariantList& r = row->front();
    info.serverVersion = r[0].toString().section(QLatin1Char(' '), 0, 0);
    info.databaseSize = r[1].toLongLong();
    info.fileSize = info.databaseSize;
    info.connections = r[2].toInt();
    info.maxConnections = r[3].toInt();
    info.inRecovery = r[4].toBool();
    info.databaseName = r[5].toString();
    info.user = r[6].toString();
    if (auto a = PgAddress::parse(c.path()))
        info.host = a->host.startsWith(QLatin1Char('/')) ? a->host : QStringLiteral("%1:%2").arg(a->host).arg(a->port);
    auto extensions = c.select(QStringLiteral("SELECT extname || ' ' || extversion FROM pg_extension ORDER BY 1"));
    if (!extensions)
        return extensions.error();
    for (const auto& e : extensions.value())
        info.extensions << e[0].toString();
    auto tables = c.select(QStringLiteral("SELECT n.nspname, c.relname, c.reltuples::bigint, "
                                          "pg_total_relation_size(c.oid) FROM pg_class c "
                                          "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                          "WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ") +
                           QLatin1String(kUserSchemas) + QStringLiteral(" ORDER BY 1, 2"));
    if (!tables)
        return tables.error();
    for (const auto& t : tables.value()) {
        TableSummary s;
        s.name = qualified(t[0].toString(), t[1].toString());
        s.estimatedRows = t[2].toLongLong() < 0 ? -1 : t[2].toLongLong();
        s.sizeBytes = t[3].toLongLong();
        if (withRowCounts) {
            auto n = rowCount(c, s.name);
            if (!n)
                return n.error();
            s.rowCount = n.value();
        }
        info.tables.push_back(s);
    }
    return info;
}

Result<QVector<SchemaObject>> PostgresEngine::schemaObjects(Connection& c) const
{
    const QString user = QLatin1String(kUserSchemas);
    // Objects that belong to an extension (pg_stat_statements' views and functions) are the extension's, not the
    // application's schema.
    const QString notExtension =
        QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = %1 AND d.deptype = 'e')");
    const QString sql =
        QStringLiteral("SELECT kind, schema, name, tbl, def, invalid FROM ("
                       "SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'matview' WHEN 'S' THEN 'sequence' "
                       "ELSE 'table' END AS kind, n.nspname AS schema, c.relname AS name, c.relname AS tbl, "
                       "CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) ELSE '' END AS def, "
                       "false AS invalid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND ") +
        user + notExtension.arg(QStringLiteral("c.oid")) +
        QStringLiteral(" UNION ALL SELECT 'index', n.nspname, ic.relname, t.relname, pg_get_indexdef(i.indexrelid), "
                       "NOT i.indisvalid FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
                       "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace WHERE ") +
        user + notExtension.arg(QStringLiteral("t.oid")) +
        QStringLiteral(" UNION ALL SELECT 'trigger', n.nspname, tg.tgname, t.relname, pg_get_triggerdef(tg.oid, true), "
                       "false FROM pg_trigger tg JOIN pg_class t ON t.oid = tg.tgrelid "
                       "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE NOT tg.tgisinternal AND ") +
        user +
        QStringLiteral(" UNION ALL SELECT 'function', n.nspname, p.proname || '(' || "
                       "pg_get_function_identity_arguments(p.oid) || ')', '', '', false FROM pg_proc p "
                       "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p') AND ") +
        user + notExtension.arg(QStringLiteral("p.oid")) + QStringLiteral(") x ORDER BY 1, 2, 3");
    auto rows = c.select(sql);
    if (!rows)
        return rows.error();
    QVector<SchemaObject> objects;
    for (const auto& row : rows.value()) {
        SchemaObject o;
        const QString kind = row[0].toString();
        o.type = kind == QLatin1String("view")       ? SchemaObjectType::View
                 : kind == QLatin1String("matview")  ? SchemaObjectType::MaterializedView
                 : kind == QLatin1String("sequence") ? SchemaObjectType::Sequence
                 : kind == QLatin1String("index")    ? SchemaObjectType::Index
                 : kind == QLatin1String("trigger")  ? SchemaObjectType::Trigger
                 : kind == QLatin1String("function") ? SchemaObjectType::Function
                                                     : SchemaObjectType::Table;
        const QString schema = row[1].toString();
        o.name = qualified(schema, row[2].toString());
        o.table = row[3].toString().isEmpty() ? o.name : qualified(schema, row[3].toString());
        o.sql = row[4].toString();
        if (o.type == SchemaObjectType::View || o.type == SchemaObjectType::MaterializedView)
            o.sql = QStringLiteral("CREATE %1 %2 AS\n%3")
                        .arg(o.type == SchemaObjectType::View ? QStringLiteral("VIEW")
                                                              : QStringLiteral("MATERIALIZED VIEW"),
                             quoteTable(o.name), o.sql);
        o.invalid = row[5].toBool();
        objects.push_back(std::move(o));
    }
    return objects;
}

Result<QVector<ColumnInfo>> PostgresEngine::columns(Connection& c, const QString& table) const
{
    auto rows = c.select(
        QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                       "pg_get_expr(d.adbin, d.adrelid), coalesce(array_position(pk.conkey, a.attnum), 0) "
                       "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                       "LEFT JOIN pg_constraint pk ON pk.conrelid = a.attrelid AND pk.contype = 'p' "
                       "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped "
                       "ORDER BY a.attnum"),
        {quoteTable(table)});
    if (!rows)
        return rows.error();
    QVector<ColumnInfo> out;
    for (const auto& row : rows.value())
        out.push_back(ColumnInfo{row[0].toString(), row[1].toString(), row[2].toBool(),
                                 row[3].isNull() ? QString() : row[3].toString(), row[4].toInt()});
    return out;
}

Result<QStringList> PostgresEngine::integrityCheck(Connection& c, bool /*quick*/) const
{
    auto rows = c.select(QStringLiteral("SELECT n.nspname, ic.relname, t.relname FROM pg_index i "
                                        "JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = "
                                        "i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                                        "WHERE NOT i.indisvalid ORDER BY 1, 2"));
    if (!rows)
        return rows.error();
    QStringList problems;
    for (const auto& r : rows.value())
        problems << QCoreApplication::translate("steward::Errors",
                                                "The index %1 on %2 is INVALID (a concurrent build failed): queries "
                                                "do not use it, but every write still updates it.")
                        .arg(qualified(r[0].toString(), r[1].toString()), qualified(r[0].toString(), r[2].toString()));
    return problems;
}

Result<void> PostgresEngine::executeScript(Connection& c, const QString& sql) const
{
    // The simple query protocol runs a script of several statements, split by the server's own parser. Every result
    // is read: QSqlQuery would look at the first one only, and miss a later statement's failure.
    PGconn* conn = pgHandle(c.database());
    if (!conn)
        return makeError(ErrorCode::Internal, QStringLiteral("no libpq connection behind %1").arg(c.path()));
    if (PQsendQuery(conn, sql.toUtf8().constData()) != 1)
        return classifyPgError({}, QString::fromUtf8(PQerrorMessage(conn)), c.path(), true);
    std::optional<Error> failure;
    while (PGresult* r = PQgetResult(conn)) {
        if (PQresultStatus(r) == PGRES_FATAL_ERROR && !failure) {
            const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
            failure = classifyPgError(QString::fromLatin1(state ? state : ""),
                                      QString::fromUtf8(PQresultErrorMessage(r)), c.path());
        }
        PQclear(r);
    }
    if (failure)
        return *failure;
    if (PQstatus(conn) != CONNECTION_OK)
        return classifyPgError({}, QString::fromUtf8(PQerrorMessage(conn)), c.path(), true);
    return {};
}

std::function<void()> PostgresEngine::interrupter(Connection& c) const
{
    PGconn* conn = pgHandle(c.database());
    if (!conn)
        return [] {};
    std::shared_ptr<PGcancel> cancel(PQgetCancel(conn), [](PGcancel* p) {
        if (p)
            PQfreeCancel(p);
    });
    return [cancel] {
        if (!cancel)
            return;
        char message[256] = {};
        PQcancel(cancel.get(), message, sizeof message);
    };
}

} // namespace steward
