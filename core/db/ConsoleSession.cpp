#include "db/ConsoleSession.h"

#include "db/SqliteStatement.h"

#include "Logging.h"
#include "db/DatabaseEngine.h"
#include "db/SqliteErrors.h"
#include "db/SqliteHandle.h"
#include "health/CircuitBreaker.h"
#include "monitor/QueryMonitor.h"

#include <QCoreApplication>
#include <QThread>

#include <sqlite3.h>

#include <chrono>

namespace steward {

namespace {

// True when text holds nothing but whitespace, comments and semicolons.
bool isBlankOrComment(const QString& text)
{
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace() || c == QLatin1Char(';'))
            continue;
        if (c == QLatin1Char('-') && i + 1 < text.size() && text[i + 1] == QLatin1Char('-')) {
            while (i < text.size() && text[i] != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < text.size() && text[i + 1] == QLatin1Char('*')) {
            const int close = int(text.indexOf(QLatin1String("*/"), i + 2));
            if (close < 0)
                return true;
            i = close + 1;
            continue;
        }
        return false;
    }
    return true;
}

StatementRange trimmedRange(const QString& text, int start, int end)
{
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return {start, end};
}

bool isTransactionControl(const QString& sql)
{
    const QString word = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    return word == QLatin1String("BEGIN") || word == QLatin1String("COMMIT") || word == QLatin1String("END") ||
           word == QLatin1String("ROLLBACK") || word == QLatin1String("SAVEPOINT") || word == QLatin1String("RELEASE");
}

QVariant columnValue(sqlite3_stmt* stmt, int i)
{
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(stmt, i));
    case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, i);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)),
                                 sqlite3_column_bytes(stmt, i));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(stmt, i)), sqlite3_column_bytes(stmt, i));
    default:
        return {};
    }
}

} // namespace

QVector<StatementRange> splitStatements(const QString& text)
{
    QVector<StatementRange> out;
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char(';'))
            continue;
        const QString piece = text.mid(start, i + 1 - start);
        if (!sqlite3_complete(piece.toUtf8().constData()))
            continue; // the ';' is inside a string, a comment or a trigger body
        const StatementRange r = trimmedRange(text, start, i + 1);
        if (!isBlankOrComment(text.mid(r.start, r.end - r.start)))
            out.push_back(r);
        start = i + 1;
    }
    const StatementRange rest = trimmedRange(text, start, int(text.size()));
    if (!rest.isEmpty() && !isBlankOrComment(text.mid(rest.start, rest.end - rest.start)))
        out.push_back(rest);
    return out;
}

StatementRange statementAt(const QString& text, int cursor)
{
    const auto ranges = splitStatements(text);
    StatementRange before;
    for (const auto& r : ranges) {
        if (cursor >= r.start && cursor <= r.end)
            return r;
        if (r.end <= cursor)
            before = r;
        else if (before.isEmpty())
            return r; // in the blank space before the first statement
        else
            break;
    }
    return before;
}

Result<bool> statementsWrite(Connection& connection, const QString& sql)
{
    auto handle = SqliteHandle::borrow(connection.database());
    if (!handle)
        return handle.error();
    const QByteArray utf8 = sql.toUtf8();
    const char* tail = utf8.constData();
    const char* end = tail + utf8.size();
    while (tail < end) {
        SqliteStatement stmt;
        if (sqlite3_prepare_v2(handle->get(), tail, int(end - tail), stmt.out(), &tail) != SQLITE_OK)
            return false; // running stops here too, with the error
        if (stmt && !sqlite3_stmt_readonly(stmt.get()))
            return true;
    }
    return false;
}

class ConsoleSession::Worker : public QObject {
public:
    ConsoleSession* session = nullptr;
    std::unique_ptr<Connection> connection;
    sqlite3* db = nullptr;
    QueryMonitor* monitor = nullptr;
    CircuitBreaker* breaker = nullptr;
    SqliteStatement pending; // the last result, while it has more rows

    // Runs through the breaker when there is one.
    ConsoleResult guarded(const std::function<ConsoleResult()>& work)
    {
        if (!breaker)
            return work();
        auto permit = breaker->acquire();
        if (!permit) {
            ConsoleResult refused;
            refused.error = permit.error();
            refused.inTransaction = !sqlite3_get_autocommit(db);
            return refused;
        }
        ConsoleResult r = work();
        permit->report(r.error ? &*r.error : nullptr);
        return r;
    }

    ~Worker() override { close(); }

    Result<void> open(const QString& path, const OpenOptions& options, QueryMonitor* m)
    {
        auto c = DatabaseEngine::sqlite().open(path, options);
        if (!c)
            return c.error();
        connection = std::move(c.value());
        auto handle = SqliteHandle::borrow(connection->database());
        if (!handle)
            return handle.error();
        db = handle->get();
        monitor = m;
        if (monitor)
            if (auto r = monitor->start(*connection); !r)
                return r.error();
        return {};
    }

    void close()
    {
        if (!connection)
            return;
        finalizePending();
        if (!sqlite3_get_autocommit(db))
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        if (monitor)
            monitor->stop(*connection);
        connection.reset();
        db = nullptr;
    }

    void finalizePending() { pending.reset(); }

    // Where the failing statement [start, stop) went wrong, in characters from begin, when SQLite does not say:
    // the name its message ends with ("no such table: itemz"), else the statement's first character.
    int errorPosition(const char* begin, const char* start, const char* stop) const
    {
        const QString statement = QString::fromUtf8(start, int(stop - start));
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        const int colon = int(message.lastIndexOf(QLatin1String(": ")));
        int at = colon >= 0 ? int(statement.indexOf(message.mid(colon + 2), 0, Qt::CaseInsensitive)) : -1;
        if (at < 0) {
            at = 0;
            while (at < statement.size() && statement[at].isSpace())
                ++at;
        }
        return int(QString::fromUtf8(begin, int(start - begin)).size()) + at;
    }

    Error lastError(const QString& sql) const { return sqliteErrorOf(db, SQLITE_ERROR, sql); }

    QVector<QVariantList> fetch(int count, bool* hasMore, std::optional<Error>* error)
    {
        QVector<QVariantList> rows;
        *hasMore = false;
        if (!pending)
            return rows;
        const int columns = sqlite3_column_count(pending.get());
        while (rows.size() < count) {
            const int rc = sqlite3_step(pending.get());
            if (rc == SQLITE_ROW) {
                QVariantList row;
                row.reserve(columns);
                for (int i = 0; i < columns; ++i)
                    row.push_back(columnValue(pending.get(), i));
                rows.push_back(std::move(row));
                continue;
            }
            if (rc != SQLITE_DONE && error)
                *error = lastError(QString::fromUtf8(sqlite3_sql(pending.get())));
            finalizePending();
            return rows;
        }
        *hasMore = true;
        return rows;
    }

    ConsoleResult run(const QString& text, int pageSize)
    {
        ConsoleResult result;
        finalizePending();
        const QByteArray utf8 = text.toUtf8();
        const char* begin = utf8.constData();
        const char* tail = begin;
        const char* end = begin + utf8.size();
        bool savepoint = false;
        while (tail < end && !result.error) {
            SqliteStatement owned;
            const char* start = tail;
            const int prepared = sqlite3_prepare_v2(db, tail, int(end - tail), owned.out(), &tail);
            sqlite3_stmt* stmt = owned.get();
            if (prepared != SQLITE_OK) {
                result.error = lastError(QString::fromUtf8(start, int(end - start)));
#if SQLITE_VERSION_NUMBER >= 3038000
                const int offset = sqlite3_error_offset(db);
                if (offset >= 0)
                    result.errorOffset = int(QString::fromUtf8(begin, int(start - begin) + offset).size());
#endif
                if (result.errorOffset < 0)
                    result.errorOffset = errorPosition(begin, start, end);
                break;
            }
            if (!stmt)
                continue; // whitespace or a comment
            if (monitor)
                monitor->markUserStatement(db, stmt); // the user's, not Steward's own, in the performance view
            StatementOutcome outcome;
            outcome.sql = QString::fromUtf8(sqlite3_sql(stmt)).trimmed();
            const bool writes = !sqlite3_stmt_readonly(stmt);
            if (writes && !savepoint && !isTransactionControl(outcome.sql)) {
                // A write opens the console's transaction (committed or rolled back by the user), and the whole
                // text runs inside a savepoint so that a failure part way changes nothing.
                if (sqlite3_get_autocommit(db))
                    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
                savepoint = sqlite3_exec(db, "SAVEPOINT steward_console", nullptr, nullptr, nullptr) == SQLITE_OK;
            }
            const bool last = QByteArray(tail, int(end - tail)).trimmed().isEmpty();
            outcome.returnsRows = sqlite3_column_count(stmt) > 0;
            const auto t0 = std::chrono::steady_clock::now();
            if (outcome.returnsRows && last) {
                pending = std::move(owned);
                for (int i = 0; i < sqlite3_column_count(stmt); ++i)
                    result.columns << QString::fromUtf8(sqlite3_column_name(stmt, i));
                result.rows = fetch(pageSize, &result.hasMore, &result.error);
                outcome.rowsReturned = result.rows.size();
            } else {
                int rc;
                while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
                    ++outcome.rowsReturned;
                if (rc != SQLITE_DONE)
                    result.error = lastError(outcome.sql);
                owned.reset();
            }
            outcome.durationNs =
                std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count();
            if (writes && !result.error)
                outcome.rowsChanged = sqlite3_changes64(db);
            if (result.error && result.errorOffset < 0)
                result.errorOffset = errorPosition(begin, start, tail);
            result.statements.push_back(outcome);
        }
        if (savepoint) {
            if (result.error) {
                finalizePending();
                result.rows.clear();
                result.columns.clear();
                result.hasMore = false;
                result.undone = sqlite3_exec(db, "ROLLBACK TO steward_console", nullptr, nullptr, nullptr) == SQLITE_OK;
            }
            // Gone already when the text itself committed or rolled back.
            sqlite3_exec(db, "RELEASE steward_console", nullptr, nullptr, nullptr);
        }
        result.inTransaction = !sqlite3_get_autocommit(db);
        return result;
    }

    ConsoleResult endTransaction(bool commit)
    {
        ConsoleResult result;
        finalizePending();
        StatementOutcome outcome;
        outcome.sql = commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK");
        if (!sqlite3_get_autocommit(db)) {
            const auto t0 = std::chrono::steady_clock::now();
            if (sqlite3_exec(db, commit ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr) != SQLITE_OK)
                result.error = lastError(outcome.sql);
            outcome.durationNs =
                std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count();
        }
        result.statements.push_back(outcome);
        result.inTransaction = !sqlite3_get_autocommit(db);
        return result;
    }
};

Result<std::unique_ptr<ConsoleSession>> ConsoleSession::open(const QString& path, const OpenOptions& options,
                                                             QueryMonitor* monitor, CircuitBreaker* breaker)
{
    if (auto file = requireFileDatabase(path, QCoreApplication::translate("steward::Errors", "The SQL console")); !file)
        return file.error();
    qRegisterMetaType<steward::ConsoleResult>();
    std::unique_ptr<ConsoleSession> s(new ConsoleSession);
    s->m_thread = new QThread;
    s->m_thread->setObjectName(QStringLiteral("console"));
    s->m_worker = new Worker;
    s->m_worker->session = s.get();
    s->m_worker->breaker = breaker;
    s->m_worker->moveToThread(s->m_thread);
    s->m_thread->start();
    Result<void> opened;
    QMetaObject::invokeMethod(
        s->m_worker, [&] { opened = s->m_worker->open(path, options, monitor); }, Qt::BlockingQueuedConnection);
    if (!opened)
        return opened.error(); // the destructor stops the thread
    return s;
}

ConsoleSession::~ConsoleSession()
{
    if (!m_thread)
        return;
    cancel();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ConsoleSession::post(std::function<void()> fn)
{
    ++m_busy;
    QMetaObject::invokeMethod(
        m_worker, [fn = std::move(fn)] { fn(); }, Qt::QueuedConnection);
}

quint64 ConsoleSession::run(const QString& sql, int pageSize)
{
    const quint64 id = ++m_nextRun;
    post([this, sql, pageSize, id] {
        ConsoleResult r = m_worker->guarded([&] { return m_worker->run(sql, pageSize); });
        r.runId = id;
        --m_busy;
        emit finished(r);
    });
    return id;
}

void ConsoleSession::fetchMore(int count)
{
    post([this, count] {
        bool more = false;
        auto rows = m_worker->fetch(count, &more, nullptr);
        --m_busy;
        emit rowsFetched(rows, more);
    });
}

void ConsoleSession::commit()
{
    post([this] {
        ConsoleResult r = m_worker->guarded([&] { return m_worker->endTransaction(true); });
        --m_busy;
        emit finished(r);
    });
}

void ConsoleSession::rollback()
{
    post([this] {
        ConsoleResult r = m_worker->endTransaction(false);
        --m_busy;
        emit finished(r);
    });
}

void ConsoleSession::cancel()
{
    // The handle stays valid until the worker is deleted, which happens only on the destructor's thread after this.
    if (m_worker && m_worker->db)
        sqlite3_interrupt(m_worker->db);
}

} // namespace steward
