#pragma once

#include "Result.h"
#include "migrations/MigrationFile.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace steward {

class Connection;

// What a migrations folder holds, listed once: its files and the files one folder down (diesel and Prisma keep a
// folder per migration), as paths relative to the folder, sorted.
struct FolderScan {
    QString folder;
    QStringList files;
    static Result<FolderScan> of(const QString& folder);
    QString path(const QString& relative) const { return folder + QLatin1Char('/') + relative; }
    // A file's first bytes (64 KiB), read once, for the formats to recognise their markers; readText takes a file
    // that fits from here instead of reading it again.
    static constexpr qint64 HeadBytes = 64 * 1024;
    QByteArray head(const QString& relative) const;

private:
    mutable QHash<QString, QByteArray> m_heads;
};

// One migration as a tool's own history table records it.
struct ToolHistoryEntry {
    QString versionText;
    bool failed = false; // a failed (dirty, unfinished) run the tool itself recorded
    QDateTime appliedAt;
    QString checksum; // the tool's checksum of the applied file, when it keeps one
    qint64 executionMs = -1;
};
struct ToolHistory {
    bool exists = false; // the table is there
    QVector<ToolHistoryEntry> entries;
};

// A migration tool's folder layout and history table, read as the tool itself reads them (one subclass and one
// file per tool, in core/migrations/formats/). A new format is one new file and its test.
class MigrationFormat {
public:
    virtual ~MigrationFormat() = default;
    virtual QString name() const = 0;         // "goose": the --format value
    virtual QString historyTable() const = 0; // "goose_db_version"
    virtual QString layout() const = 0;       // for messages: "NNN_name.sql files with a \"-- migrate:up\" line"
    // The files of the scan this format accounts for (its migrations and its own files, such as a journal).
    virtual QStringList claims(const FolderScan& scan) const = 0;
    // Whether MigrationFile::version stays the same as files are added: false where it is a rank (Flyway's dotted
    // versions). Steward's journal keeps events by that number, so it keeps none for such a format.
    virtual bool stableVersions() const { return true; }
    // Why some of its migrations cannot be run from the folder, where a tool has such migrations.
    virtual QString runnableHint() const { return {}; }
    // What to do about a migration without down SQL, in the tool's terms: "Add a -- migrate:down section, or …".
    virtual QString addDownHint() const = 0;
    // Its migrations, sorted by version. Errors name the file and, where there is one, the line.
    virtual Result<QVector<MigrationFile>> read(const FolderScan& scan) const = 0;
    // The tool's history table as the tool reads it; `files` are the folder's migrations (some tools record only
    // the current version). No table: nothing applied. Never writes.
    Result<ToolHistory> readHistory(Connection& c, const QVector<MigrationFile>& files) const;
    // Whether Steward applies and rolls back migrations of this format, keeping the tool's table as the tool would.
    // Formats that Steward only reads refuse migrate, rollback, repair and baseline with the reason.
    virtual bool writable() const { return false; }

    // For tools whose table holds a row per applied migration (goose, diesel, sqlx): the table created, and a
    // migration recorded as applied or rolled back, with the statements the tool itself runs. The Migrator calls
    // them inside the migration's own transaction. The defaults refuse: the format is not written.
    virtual Result<void> ensureHistory(Connection& c) const;
    Result<bool> isRecorded(Connection& c, const MigrationFile& m) const; // false while there is no table
    virtual Result<void> recordApplied(Connection& c, const MigrationFile& m, qint64 executionMs) const;
    virtual Result<void> recordRolledBack(Connection& c, const MigrationFile& m) const;
    // Baseline: the migrations up to a version marked applied without running them (sorted, the last the target),
    // as the tool's own baseline or "mark applied" writes them. The default records each as applied.
    virtual Result<void> recordBaseline(Connection& c, const QVector<MigrationFile>& upTo) const;
    // A migration outside a transaction failed part way: recorded the way the tool records it, in a transaction of
    // its own. False where the tool keeps no record of a failed run (the migration then shows as pending).
    virtual Result<bool> recordFailed(Connection& c, const MigrationFile& m, const QString& message) const;
    // Repair, the tool's way: failed runs cleared, the checksums of changed files accepted. The default refuses.
    virtual Result<int> repairHistory(Connection& c, const QVector<MigrationFile>& failed,
                                      const QVector<MigrationFile>& modified) const;

protected:
    // Called with the history table there: its entries into `history`, and whether it records `m` as applied.
    virtual Result<void> readEntries(Connection& c, const QVector<MigrationFile>& files, ToolHistory& history) const;
    virtual Result<bool> records(Connection& c, const MigrationFile& m) const;
};

const QVector<const MigrationFormat*>& migrationFormats();
const MigrationFormat* migrationFormatNamed(const QString& name); // nullptr when unknown
QStringList migrationFormatNames();

struct MigrationFolder {
    const MigrationFormat* format = nullptr;
    QVector<MigrationFile> files;
};

// Reads a migrations folder. The format is `format` when given, else the one that accounts for most of its files;
// on a tie, one whose history table is in `tablesInDatabase`, then the order of migrationFormats(). A folder with
// files that the format does not account for is refused with their names (never read as fewer migrations), and so
// is a folder with .sql files that no format accounts for. A folder with no files at all reads as dbmate's, empty.
Result<MigrationFolder> readMigrationFolder(const QString& folder, const QString& format = {},
                                            const QStringList& tablesInDatabase = {});

// Shared by the readers.
namespace migrationformat {
constexpr qint64 MaxFileBytes = 10 * 1024 * 1024;
// A migration file's text: refused over 10 MB, unreadable, or binary; `bytes`, when given, receives the raw bytes.
Result<QString> readText(const FolderScan& scan, const QString& relative, QByteArray* bytes = nullptr);
// Whether the SQL's first statement (after comments and white space) is BEGIN: a file that opens its own
// transaction runs as written, never wrapped in another.
bool opensOwnTransaction(const QString& sql);
Error fileError(const QString& file, int line, const QString& message, const QString& hint);
} // namespace migrationformat

} // namespace steward
