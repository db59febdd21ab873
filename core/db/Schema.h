#pragma once

#include <QString>
#include <QVector>

namespace steward {

enum class SchemaObjectType { Table, View, Index, Trigger };

struct SchemaObject {
    SchemaObjectType type = SchemaObjectType::Table;
    QString name;
    QString table; // the table an index or trigger belongs to; the object's own name for tables and views
    QString sql;   // empty for automatic indexes
};

struct ColumnInfo {
    QString name;
    QString type;
    bool notNull = false;
    QString defaultValue;
    int primaryKeyPosition = 0; // 0 when not part of the primary key
};

struct TableSummary {
    QString name;
    qint64 rowCount = -1; // -1 when not counted
};

struct DatabaseInfo {
    QString engine;
    QString engineVersion;
    QString path;
    qint64 fileSize = 0;
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    qint64 freelistCount = 0;
    QString journalMode;
    qint64 userVersion = 0;
    bool readOnly = false;
    QVector<TableSummary> tables;
};

QString schemaObjectTypeName(SchemaObjectType type); // "table", "view", "index", "trigger"

} // namespace steward
