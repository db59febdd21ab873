#include "db/Repository.h"

#include "db/DatabaseEngine.h"

#include <QCoreApplication>

namespace steward {

Error repositoryError(ErrorCode code, const QString& table, const QString& column, const QString& message)
{
    Error e = makeError(code, message);
    e.detail = QStringLiteral("repository table=%1 column=%2").arg(table, column);
    return e;
}

Repository::Repository(Connection& connection, QString table)
    : m_connection(connection)
    , m_table(std::move(table))
{
}

QString Repository::quoted(const QString& identifier) const
{
    return m_connection.engine().quoteIdentifier(identifier);
}

Result<void> Repository::load()
{
    auto cols = m_connection.engine().columns(m_connection, m_table);
    if (!cols)
        return cols.error();
    if (cols->isEmpty())
        return repositoryError(
            ErrorCode::NotFound, m_table, {},
            QCoreApplication::translate("steward::Errors", "The table %1 does not exist.").arg(m_table));
    m_columns.clear();
    for (const auto& c : cols.value())
        m_columns << c.name;
    return {};
}

Result<void> Repository::checkColumn(const QString& column) const
{
    if (m_columns.isEmpty())
        return repositoryError(
            ErrorCode::Internal, m_table, column,
            QCoreApplication::translate("steward::Errors", "The table %1 was used before its columns were read.")
                .arg(m_table));
    if (!m_columns.contains(column, Qt::CaseInsensitive))
        return repositoryError(
            ErrorCode::InvalidArgument, m_table, column,
            QCoreApplication::translate("steward::Errors", "The table %1 has no column %2.").arg(m_table, column));
    return {};
}

Result<QString> Repository::whereClause(const QVariantMap& where, QVariantList& params) const
{
    QStringList terms;
    for (auto it = where.begin(); it != where.end(); ++it) {
        if (auto r = checkColumn(it.key()); !r)
            return r.error();
        if (it.value().isNull()) {
            terms << quoted(it.key()) + QStringLiteral(" IS NULL");
        } else {
            terms << quoted(it.key()) + QStringLiteral(" = ?");
            params << it.value();
        }
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Result<qint64> Repository::insert(const QVariantMap& values, OnConflict onConflict)
{
    if (values.isEmpty())
        return repositoryError(
            ErrorCode::InvalidArgument, m_table, {},
            QCoreApplication::translate("steward::Errors", "Nothing to insert into %1.").arg(m_table));
    QStringList names, marks;
    QVariantList params;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (auto r = checkColumn(it.key()); !r)
            return r.error();
        names << quoted(it.key());
        marks << QStringLiteral("?");
        params << it.value();
    }
    const QString verb = onConflict == OnConflict::Ignore    ? QStringLiteral("INSERT OR IGNORE")
                         : onConflict == OnConflict::Replace ? QStringLiteral("INSERT OR REPLACE")
                                                             : QStringLiteral("INSERT");
    const QString sql = QStringLiteral("%1 INTO %2 (%3) VALUES (%4)")
                            .arg(verb, quoted(m_table), names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    if (auto r = m_connection.exec(sql, params); !r)
        return r.error();
    return m_connection.lastInsertId();
}

Result<QVector<QVariantMap>> Repository::find(const QVariantMap& where, const QString& orderBy, bool descending,
                                              int limit)
{
    QVariantList params;
    auto clause = whereClause(where, params);
    if (!clause)
        return clause.error();
    QString sql = QStringLiteral("SELECT * FROM ") + quoted(m_table) + clause.value();
    if (!orderBy.isEmpty()) {
        if (auto r = checkColumn(orderBy); !r)
            return r.error();
        sql += QStringLiteral(" ORDER BY ") + quoted(orderBy) + (descending ? QStringLiteral(" DESC") : QString());
    }
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        params << limit;
    }
    auto rows = m_connection.select(sql, params);
    if (!rows)
        return rows.error();
    // SELECT * returns the columns in table order, which load() read.
    QVector<QVariantMap> out;
    out.reserve(rows->size());
    for (const auto& row : rows.value()) {
        QVariantMap map;
        for (int i = 0; i < row.size() && i < m_columns.size(); ++i)
            map.insert(m_columns[i], row[i]);
        out.push_back(std::move(map));
    }
    return out;
}

Result<std::optional<QVariantMap>> Repository::findOne(const QVariantMap& where)
{
    auto rows = find(where, {}, false, 1);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<QVariantMap>();
    return std::optional<QVariantMap>(rows->first());
}

Result<qint64> Repository::count(const QVariantMap& where)
{
    QVariantList params;
    auto clause = whereClause(where, params);
    if (!clause)
        return clause.error();
    auto v = m_connection.scalar(QStringLiteral("SELECT count(*) FROM ") + quoted(m_table) + clause.value(), params);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<int> Repository::update(const QVariantMap& where, const QVariantMap& values)
{
    if (values.isEmpty())
        return repositoryError(ErrorCode::InvalidArgument, m_table, {},
                               QCoreApplication::translate("steward::Errors", "Nothing to change in %1.").arg(m_table));
    QStringList sets;
    QVariantList params;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (auto r = checkColumn(it.key()); !r)
            return r.error();
        sets << quoted(it.key()) + QStringLiteral(" = ?");
        params << it.value();
    }
    auto clause = whereClause(where, params);
    if (!clause)
        return clause.error();
    return m_connection.execAffected(QStringLiteral("UPDATE ") + quoted(m_table) + QStringLiteral(" SET ") +
                                         sets.join(QLatin1Char(',')) + clause.value(),
                                     params);
}

Result<int> Repository::remove(const QVariantMap& where)
{
    QVariantList params;
    auto clause = whereClause(where, params);
    if (!clause)
        return clause.error();
    return m_connection.execAffected(QStringLiteral("DELETE FROM ") + quoted(m_table) + clause.value(), params);
}

} // namespace steward
