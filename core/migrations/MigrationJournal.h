#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>
#include <QVector>

#include <map>

namespace steward {

struct MigrationEvent;

// Steward's own record of the migrations it ran on dbmate databases: the checksum, time and SQL as applied (the
// stored down SQL a rollback runs when the file has changed or is gone) and every event (applied, rolled back,
// failed, repaired, baselined). It lives in Steward's data folder (migrations.db), keyed by the database's path, never
// in the user's database: the database holds only the rows its own tool keeps. It is written after the migration's
// transaction commits; a journal that cannot be written costs the record, never the migration. Older Steward versions
// kept these records in the database itself (steward_migrations, schema_migrations_history): those are still read,
// never written.
class MigrationJournal final {
public:
    explicit MigrationJournal(QString storePath);
    static QString defaultPath(); // <data>/migrations.db

    struct Entry {
        qint64 version = 0;
        QString event;  // applied, rolled-back, failed, repaired, baselined
        QString at;     // ISO 8601, UTC
        QString detail; // shown in the History tab
        // What the migration was when it was applied (applied, repaired, baselined): kept as its row.
        bool recordsApply = false;
        QString name, checksum, upSql, downSql;
        qint64 executionMs = -1;
        QString appliedAt; // when it was applied, where that is not `at` (a repair keeps the first time)
    };
    // All in one transaction of the journal's own.
    Result<void> write(const QString& database, const QVector<Entry>& entries);

    struct Records {
        // Per version: name, checksum, applied_at, rolled_back_at, execution_ms, up_sql, down_sql (lower-case keys).
        std::map<qint64, QVariantMap> rows;
        std::map<qint64, QString> lastEvents; // the newest event of each version
    };
    Result<Records> records(const QString& database); // empty while there is no journal
    Result<QVector<MigrationEvent>> events(const QString& database, int limit);

    // The key of a database in the journal: its canonical path, so that two spellings of one file agree.
    static QString keyOf(const QString& databasePath);

private:
    QString m_storePath;
};

} // namespace steward
