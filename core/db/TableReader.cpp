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
    , m_orderByPlace(cursor.orderByPlace)
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
        if (m_keyColumns.isEmpty()) {
            auto kind = m_connection.scalar(QStringLiteral("SELECT relkind::text FROM pg_class WHERE oid = "
                                                           "to_regclass(?)"),
                                            {m_connection.engine().quoteTable(m_table)});
            if (!kind)
                return kind.error();
            m_orderByPlace = kind->toString() == QLatin1String("r") || kind->toString() == QLatin1String("m");
        }
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
        // The last key goes back as the server's own text of each key column (k::text), bound as text and read by
        // the server as the column's type: exact for timestamps, numerics and every other type, where a value
        // round-tripped through QVariant would lose precision or move by a time zone.
        QStringList key, asText, marks;
        for (int i : m_keyColumns) {
            const QString column = engine.quoteIdentifier(m_columns.value(i));
            key << column;
            asText << QStringLiteral("%1::text AS \"steward key %2\"").arg(column).arg(asText.size() + 1);
            marks << QStringLiteral("?");
        }
        const QString keyList = key.join(QStringLiteral(", "));
        QVariantList params = m_started ? m_lastKey : QVariantList();
        params << count;
        rows = m_connection.select(
            QStringLiteral("SELECT *, %1 FROM %2 %3 ORDER BY %4 LIMIT ?")
                .arg(asText.join(QStringLiteral(", ")), table,
                     m_started ? QStringLiteral("WHERE (%1) > (%2)").arg(keyList, marks.join(QStringLiteral(", ")))
                               : QString(),
                     keyList),
            params);
        if (!rows)
            return rows.error();
        const int width = int(m_columns.size());
        if (!rows->isEmpty()) {
            m_lastKey.clear();
            for (int k = 0; k < m_keyColumns.size(); ++k)
                m_lastKey << rows->last().value(width + k).toString();
        }
        for (auto& row : rows.value())
            row.resize(width);
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
        // Without a key: in a stable order where there is one (a server's table by its rows' physical place; a
        // synchronized scan could otherwise start each page elsewhere), else as the engine gives them.
        rows = m_connection.select(QStringLiteral("SELECT * FROM %1%2 LIMIT ? OFFSET ?")
                                       .arg(table, m_orderByPlace ? QStringLiteral(" ORDER BY ctid") : QString()),
                                   {count, m_offset});
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
