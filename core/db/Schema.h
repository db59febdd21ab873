#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace steward {

enum class SchemaObjectType { Table, View, Index, Trigger, MaterializedView, Sequence, Function };

struct SchemaObject {
    SchemaObjectType type = SchemaObjectType::Table;
    QString name;
    QString table;        // the table an index or trigger belongs to; the object's own name for tables and views
    QString sql;          // empty for automatic indexes
    bool invalid = false; // an index PostgreSQL does not use (a failed CREATE INDEX CONCURRENTLY left it)
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
    qint64 rowCount = -1;      // -1 when not counted
    qint64 sizeBytes = -1;     // with its indexes and TOAST; -1 when the engine does not tell (SQLite)
    qint64 estimatedRows = -1; // the server's estimate (pg_class.reltuples); -1 when unknown
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
    // A database server (PostgreSQL): empty/zero for a file.
    QString serverVersion; // "15.20"
    QString host;          // the address without the password
    QString databaseName;
    QString user;
    qint64 databaseSize = 0; // bytes
    int connections = 0;     // client connections to the whole server now
    int maxConnections = 0;
    bool inRecovery = false; // a standby (read-only) server
    QStringList extensions;  // "pg_stat_statements 1.10"
};

// "table", "view", "index", "trigger", "materialized view", "sequence", "function"
QString schemaObjectTypeName(SchemaObjectType type);

} // namespace steward
