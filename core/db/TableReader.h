#pragma once

#include "Result.h"
#include "db/Connection.h"

#include <QStringList>

namespace steward {

// Reads a table or view page by page, for a data grid that must open a 10-million-row table at once. Tables
// with a rowid are read by key (WHERE rowid > last), so page k costs the same as page 1; on a server (PostgreSQL)
// tables are read by their primary key (WHERE (k1, k2) > (last1, last2) ORDER BY k1, k2); views, WITHOUT ROWID
// tables and tables without a key fall back to LIMIT/OFFSET. Nothing is counted up front.
class TableReader final {
public:
    // Where a reading stands, so that the next page can be read on another connection (a grid reads each page in a
    // job of its own, off the UI thread).
    struct Cursor {
        QStringList columns;
        bool byRowid = false;
        bool atEnd = false;
        qint64 lastRowid = 0;
        qint64 offset = 0;
        bool started = false;
        QVector<int> keyColumns;   // by primary key (a server): the key's columns, in key order
        QVariantList lastKey;      // as the server's text of each key column
        bool orderByPlace = false; // a server's table without a key: ORDER BY ctid
    };

    TableReader(Connection& connection, QString table);
    // Goes on from a cursor of a prepared reader of the same table.
    TableReader(Connection& connection, QString table, const Cursor& cursor);
    Cursor cursor() const
    {
        return {m_columns, m_byRowid,    m_atEnd,   m_lastRowid,   m_offset,
                m_started, m_keyColumns, m_lastKey, m_orderByPlace};
    }

    Result<void> prepare();
    const QStringList& columns() const { return m_columns; }
    bool atEnd() const { return m_atEnd; }
    // Up to `count` further rows; fewer (possibly none) at the end.
    Result<QVector<QVariantList>> next(int count);

private:
    Connection& m_connection;
    QString m_table;
    QStringList m_columns;
    bool m_byRowid = false;
    bool m_atEnd = false;
    qint64 m_lastRowid = 0;
    qint64 m_offset = 0;
    bool m_started = false;
    QVector<int> m_keyColumns;
    QVariantList m_lastKey;
    bool m_orderByPlace = false;
};

// A page of rows and where the reading stands after it.
struct TablePage {
    QVector<QVariantList> rows;
    TableReader::Cursor cursor;
};

} // namespace steward
