#pragma once

#include "Result.h"
#include "db/Schema.h"

#include <QMetaType>
#include <QStringList>
#include <QVector>

#include <functional>

namespace steward {

class JobContext;

// One schema object that differs between two databases, as seen from the second ("after") side: Added = only in
// "after", Removed = only in "before", Changed = in both with different SQL.
struct SchemaChange {
    enum class Kind { Added, Removed, Changed } kind = Kind::Changed;
    SchemaObjectType type = SchemaObjectType::Table;
    QString name;
};

// One row shown as an example of what differs: its key and the values of the compared columns, as text (NULL as
// "NULL", a blob as x'…' with its size, long text cut). `before` is empty for an added row, `after` for a removed one.
struct RowSample {
    QStringList key;
    QStringList before;
    QStringList after;
    QStringList changedColumns; // for a changed row: which of the compared columns differ
};

// The rows of one table, compared by key: the primary key (a WITHOUT ROWID table's by its key), the rowid where the
// table has none.
struct TableDifference {
    QString table;
    qint64 rowsBefore = -1; // -1: the table does not exist on that side, or could not be read
    qint64 rowsAfter = -1;
    qint64 added = 0;       // keys only in "after"
    qint64 removed = 0;     // keys only in "before"
    qint64 changed = 0;     // same key, some compared column differs
    QStringList keyColumns; // what rows were matched by ("rowid" for the rowid)
    QStringList columns;    // the columns compared (the ones both sides have), in the samples' order
    QVector<RowSample> addedSamples, removedSamples, changedSamples; // the first few of each kind
    // Non-empty when the rows could not be compared (a table that cannot be read, a key that differs): the counts
    // above are then unknown, never "0".
    QString problem;
    bool readable() const { return problem.isEmpty(); }
    bool differs() const { return !readable() || added || removed || changed || rowsBefore != rowsAfter; }
};

// What differs between two databases: the schema object by object, and every table's rows by key.
struct DatabaseDiff {
    QVector<SchemaChange> schemaChanges;
    QVector<TableDifference> tables; // every table of either side, sorted by name
    bool identical() const;
    // Tables with rows that exist only in "after" or whose values changed since "before": what going back to
    // "before" (a restore of a backup) would lose.
    QVector<TableDifference> rowsLostGoingBack() const;
    QVector<TableDifference> unreadable() const;
};

struct DiffOptions {
    int samplesPerKind = 5; // rows shown per table and kind
    // Objects left out of the comparison (schema and rows): bookkeeping such as a migration tool's history table.
    std::function<bool(const SchemaObject&)> ignore;
};

// Compares two SQLite databases, each read in one read transaction (a consistent snapshot; nothing is written):
// streamed, both sides read in key order and merged, never a table in memory. Cancellable, with progress per table.
// A table that cannot be read is reported with its problem, not as empty.
Result<DatabaseDiff> diffDatabases(const QString& beforePath, const QString& afterPath, const DiffOptions& options = {},
                                   JobContext* context = nullptr);

} // namespace steward

Q_DECLARE_METATYPE(steward::DatabaseDiff)
