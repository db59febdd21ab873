#include "db/TableReader.h"

#include "db/DatabaseEngine.h"

#include <QCoreApplication>

#include <algorithm>

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
    , m_keyColumns(cursor.keyColumns)
    , m_lastKey(cursor.lastKey)
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
    if (m_connection.engine().isServer()) {
        // By the primary key, when the table has one (a view has none).
        QVector<QPair<int, int>> key; // position in the key, column index
        for (int i = 0; i < cols->size(); ++i)
            if (cols->at(i).primaryKeyPosition > 0)
                key.append({cols->at(i).primaryKeyPosition, i});
        std::sort(key.begin(), key.end());
        m_keyColumns.clear();
        for (const auto& k : key)
            m_keyColumns << k.second;
        return {};
    }
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
    const DatabaseEngine& engine = m_connection.engine();
    const QString table = engine.quoteTable(m_table);
    Result<QVector<QVariantList>> rows = QVector<QVariantList>();
    if (!m_keyColumns.isEmpty()) {
        QStringList key, marks;
        for (int i : m_keyColumns) {
            key << engine.quoteIdentifier(m_columns.value(i));
            marks << QStringLiteral("?");
        }
        const QString keyList = key.join(QStringLiteral(", "));
        QVariantList params = m_started ? m_lastKey : QVariantList();
        params << count;
        rows = m_connection.select(
            QStringLiteral("SELECT * FROM %1 %2 ORDER BY %3 LIMIT ?")
                .arg(table,
                     m_started ? QStringLiteral("WHERE (%1) > (%2)").arg(keyList, marks.join(QStringLiteral(", ")))
                               : QString(),
                     keyList),
            params);
        if (!rows)
            return rows.error();
        if (!rows->isEmpty()) {
            m_lastKey.clear();
            for (int i : m_keyColumns)
                m_lastKey << rows->last().value(i);
        }
    } else if (m_byRowid) {
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
