#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <QVariantList>
#include <QVector>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace steward {

class DatabaseEngine;

struct OpenOptions {
    bool readOnly = false;    // open read-only even when the file could be written
    int busyTimeoutMs = 5000; // how long to wait for another connection's lock
    int openTimeoutMs = -1;   // how long opening (its read of the schema) waits for a lock; -1: busyTimeoutMs
    bool foreignKeys = true;  // a per-connection setting; it does not change the file
    bool create = false;      // create the file when missing (only for explicit "new database" actions)
};

// One open database connection, usable only in the thread that opened it (a QSqlDatabase cannot move
// between threads before Qt 6.8). Each worker opens its own. Closing happens in the destructor.
class Connection final {
public:
    Connection(const DatabaseEngine& engine, QString connectionName, QString path, bool readOnly);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Opens a database by its location: an SQLite file, or a postgresql:// address (see each engine's open).
    static Result<std::unique_ptr<Connection>> open(const QString& path, const OpenOptions& options = {});

    const DatabaseEngine& engine() const { return m_engine; }
    QSqlDatabase database() const;
    const QString& path() const { return m_path; }
    const QString& connectionName() const { return m_name; }
    bool isReadOnly() const { return m_readOnly; }

    // One statement with bound parameters.
    Result<void> exec(const QString& sql, const QVariantList& params = {});
    // Rows affected by one statement.
    Result<int> execAffected(const QString& sql, const QVariantList& params = {});
    Result<QVector<QVariantList>> select(const QString& sql, const QVariantList& params = {});
    Result<QVariant> scalar(const QString& sql, const QVariantList& params = {});
    // Many statements (a migration file, a script); split by the engine itself, never by a regex.
    Result<void> execScript(const QString& sql);
    Result<qint64> lastInsertId();

    // Runs fn inside a write transaction (BEGIN IMMEDIATE, or a savepoint when one is already open) and commits
    // when fn returns a value, rolls back when it returns an error. fn must return a Result.
    template <typename F> auto transaction(F&& fn) -> decltype(fn());

    Error errorFrom(const QSqlError& error, const QString& context) const;

private:
    Result<QString> begin();
    Result<void> commit(const QString& savepoint);
    void rollback(const QString& savepoint);
    Result<void> prepareAndExec(QSqlQuery& q, const QString& sql, const QVariantList& params);

    const DatabaseEngine& m_engine;
    QString m_name;
    QString m_path;
    bool m_readOnly;
    QThread* m_thread;
    int m_savepointDepth = 0;
};

template <typename F> auto Connection::transaction(F&& fn) -> decltype(fn())
{
    auto sp = begin();
    if (!sp)
        return sp.error();
    auto result = fn();
    if (!result) {
        rollback(sp.value());
        return result;
    }
    if (auto c = commit(sp.value()); !c) {
        rollback(sp.value());
        return c.error();
    }
    return result;
}

} // namespace steward
