#include "db/TableReader.h"

#include "db/DatabaseEngine.h"

#include <QCoreApplication>

namespace steward {

TableReader::TableReader(Connection& connection, QString table)
    : m_connection(connection)
    , m_table(std::move(table))
{
}

TableReader::TableReader(Connection& connection, QString table, const Cursor& cursor)
    : m_connection(connection)
    , m_table(std::move(table))
    , m_columns(cursor.columns)
    , m_byRowid(cursor.byRowid)
    , m_atEnd(cursor.atEnd)
    , m_lastRowid(cursor.lastRowid)
    , m_offset(cursor.offset)
    , m_started(cursor.started)
{
}

Result<void> TableReader::prepare()
{
    auto cols = m_connection.engine().columns(m_connection, m_table);
    if (!cols)
        return cols.error();
    if (cols->isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("steward::Errors", "The table %1 does not exist.").arg(m_table));
    m_columns.clear();
    for (const auto& c : cols.value())
        m_columns << c.name;
    // A real table with a rowid that no column shadows can be read by key.
    auto kind = m_connection.scalar(
        QStringLiteral("SELECT type = 'table' AND wr = 0 FROM pragma_table_list WHERE name = ? AND schema = 'main'"),
        {m_table});
    if (!kind)
        return kind.error();
    m_byRowid = kind->toBool() && !m_columns.contains(QStringLiteral("rowid"), Qt::CaseInsensitive);
    return {};
}

Result<QVector<QVariantList>> TableReader::next(int count)
{
    if (m_atEnd)
        return QVector<QVariantList>();
    const QString table = m_connection.engine().quoteIdentifier(m_table);
    Result<QVector<QVariantList>> rows = QVector<QVariantList>();
    if (m_byRowid) {
        rows = m_connection.select(
            QStringLiteral("SELECT rowid, * FROM %1 WHERE rowid > ? ORDER BY rowid LIMIT ?").arg(table),
            {m_started ? m_lastRowid : std::numeric_limits<qint64>::min(), count});
        if (!rows)
            return rows.error();
        if (!rows->isEmpty())
            m_lastRowid = rows->last().first().toLongLong();
        for (auto& row : rows.value())
            row.removeFirst();
    } else {
        rows = m_connection.select(QStringLiteral("SELECT * FROM %1 LIMIT ? OFFSET ?").arg(table), {count, m_offset});
        if (!rows)
            return rows.error();
        m_offset += rows->size();
    }
    m_started = true;
    if (rows->size() < count)
        m_atEnd = true;
    return rows;
}

} // namespace steward
