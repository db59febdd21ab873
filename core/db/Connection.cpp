#include "db/Connection.h"

#include "Logging.h"
#include "db/DatabaseEngine.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace steward {

Connection::Connection(const DatabaseEngine& engine, QString connectionName, QString path, bool readOnly)
    : m_engine(engine)
    , m_name(std::move(connectionName))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
    , m_thread(QThread::currentThread())
{
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString& path, const OpenOptions& options)
{
    return DatabaseEngine::forLocation(path).open(path, options);
}

QSqlDatabase Connection::database() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Connection", "used from a thread that did not open it");
    return QSqlDatabase::database(m_name, false);
}

Error Connection::errorFrom(const QSqlError& error, const QString& context) const
{
    return m_engine.classify(error, context);
}

Result<void> Connection::prepareAndExec(QSqlQuery& q, const QString& sql, const QVariantList& params)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), sql);
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params[i]);
    if (!q.exec())
        return errorFrom(q.lastError(), sql);
    return {};
}

Result<void> Connection::exec(const QString& sql, const QVariantList& params)
{
    QSqlQuery q(database());
    return prepareAndExec(q, sql, params);
}

Result<int> Connection::execAffected(const QString& sql, const QVariantList& params)
{
    QSqlQuery q(database());
    if (auto r = prepareAndExec(q, sql, params); !r)
        return r.error();
    return q.numRowsAffected();
}

Result<QVector<QVariantList>> Connection::select(const QString& sql, const QVariantList& params)
{
    QSqlQuery q(database());
    if (auto r = prepareAndExec(q, sql, params); !r)
        return r.error();
    QVector<QVariantList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.push_back(q.value(i));
        rows.push_back(std::move(row));
    }
    if (q.lastError().isValid())
        return errorFrom(q.lastError(), sql);
    return rows;
}

Result<QVariant> Connection::scalar(const QString& sql, const QVariantList& params)
{
    QSqlQuery q(database());
    if (auto r = prepareAndExec(q, sql, params); !r)
        return r.error();
    if (q.next())
        return q.value(0);
    if (q.lastError().isValid())
        return errorFrom(q.lastError(), sql);
    return QVariant();
}

Result<void> Connection::execScript(const QString& sql)
{
    return m_engine.executeScript(*this, sql);
}

Result<qint64> Connection::lastInsertId()
{
    auto v = scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QString> Connection::begin()
{
    if (m_savepointDepth == 0) {
        if (auto r = exec(m_engine.beginWriteSql()); !r)
            return r.error();
        ++m_savepointDepth;
        return QString();
    }
    const QString name = QStringLiteral("steward_sp%1").arg(m_savepointDepth);
    if (auto r = exec(QStringLiteral("SAVEPOINT ") + name); !r)
        return r.error();
    ++m_savepointDepth;
    return name;
}

Result<void> Connection::commit(const QString& savepoint)
{
    auto r = savepoint.isEmpty() ? exec(QStringLiteral("COMMIT")) : exec(QStringLiteral("RELEASE ") + savepoint);
    if (r)
        --m_savepointDepth;
    return r;
}

void Connection::rollback(const QString& savepoint)
{
    if (savepoint.isEmpty()) {
        // A failed COMMIT may already have ended the transaction; ROLLBACK then fails harmlessly.
        (void)exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)exec(QStringLiteral("RELEASE ") + savepoint);
    }
    --m_savepointDepth;
}

} // namespace steward
