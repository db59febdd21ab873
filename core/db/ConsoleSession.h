#pragma once

#include "Result.h"
#include "db/Connection.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace steward {

class CircuitBreaker;
class QueryMonitor;

// [start, end) in characters of an editor's text.
struct StatementRange {
    int start = 0;
    int end = 0;
    bool isEmpty() const { return end <= start; }
};

// The statements of a text, split where SQLite itself sees a complete statement (sqlite3_complete), so a ';'
// inside a string, a comment or a trigger body never splits. Each range is trimmed of surrounding whitespace.
QVector<StatementRange> splitStatements(const QString& text);
// The statement the cursor is in; right after a statement's ';' (or in the blank space that follows it) that
// statement. Empty when the text has no statement.
StatementRange statementAt(const QString& text, int cursor);

// True when any statement of sql would change the database (SQLite's own sqlite3_stmt_readonly). Checking stops at
// the first statement that cannot be prepared: running the text stops there too.
Result<bool> statementsWrite(Connection& connection, const QString& sql);

struct StatementOutcome {
    QString sql;
    qint64 durationNs = 0;
    qint64 rowsChanged = 0; // for statements that write
    qint64 rowsReturned = 0;
    bool returnsRows = false;
};

struct ConsoleResult {
    quint64 runId = 0;
    QVector<StatementOutcome> statements;
    // The first page of the last statement, when it returns rows; more come with fetchMore().
    QStringList columns;
    QVector<QVariantList> rows;
    bool hasMore = false;
    std::optional<Error> error;
    int errorOffset = -1; // character offset in the text that was run, when SQLite knows where
    bool undone = false;  // the text failed and what it had already changed was undone
    bool inTransaction = false;
};

// The SQL console's connection: a thread of its own with its own connection, so a statement that takes minutes
// never blocks the window and can be cancelled (sqlite3_interrupt). Statements that write run inside a transaction
// that stays open until commit() or rollback(); a text that fails part way is undone back to where it started, so
// a failing run changes nothing. Everything it runs is traced by the monitor given to open().
class ConsoleSession final : public QObject {
    Q_OBJECT
public:
    // With a breaker, every run goes through it: refused at once while the circuit is open, and a run that fails
    // because the database is not there (busy, I/O, …) counts towards opening it; the user's SQL errors do not.
    static Result<std::unique_ptr<ConsoleSession>> open(const QString& path, const OpenOptions& options,
                                                        QueryMonitor* monitor = nullptr,
                                                        CircuitBreaker* breaker = nullptr);
    ~ConsoleSession() override; // rolls back an open transaction

    // Runs the statements of sql in order; finished() follows with the same run id.
    quint64 run(const QString& sql, int pageSize = 1000);
    // The next rows of the last result; rowsFetched() follows.
    void fetchMore(int count = 1000);
    void commit();
    void rollback();
    // Stops what is running now; callable from any thread.
    void cancel();
    bool isBusy() const { return m_busy.load() > 0; }

signals:
    void finished(const steward::ConsoleResult& result);
    void rowsFetched(const QVector<QVariantList>& rows, bool hasMore);

private:
    class Worker;
    ConsoleSession() = default;
    void post(std::function<void()> fn);

    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
    std::atomic<int> m_busy{0};
    quint64 m_nextRun = 0;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::ConsoleResult)
