// Flyway: V{version}__{description}.sql (versions such as 1, 1.2.3, 1_2_3, 2023.01.01: '_' and '.' both separate
// numeric parts, compared part by part, trailing zero parts ignored), U{version}__… undo files, R__{description}.sql
// repeatables (MigrationVersion.java, ResourceNameParser.java). History: flyway_schema_history, a row per run with
// installed_rank, type and success; the checksum is CRC-32 of the file's lines without their line endings.
#include "migrations/formats/Formats.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <map>

namespace steward::formats {

namespace {

// Numeric parts without leading zeros and without trailing zero parts: "001.2.0" → {"1", "2"}.
QStringList versionParts(const QString& normalized)
{
    QStringList parts = normalized.split(QLatin1Char('.'));
    for (QString& p : parts) {
        while (p.size() > 1 && p.startsWith(QLatin1Char('0')))
            p.remove(0, 1);
    }
    while (parts.size() > 1 && parts.last() == QLatin1String("0"))
        parts.removeLast();
    return parts;
}

bool versionLess(const QString& a, const QString& b)
{
    const QStringList pa = versionParts(a), pb = versionParts(b);
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const QString x = pa.value(i, QStringLiteral("0")), y = pb.value(i, QStringLiteral("0"));
        if (x.size() != y.size())
            return x.size() < y.size();
        if (x != y)
            return x < y;
    }
    return false;
}

// java.util.zip.CRC32 over each line's UTF-8 bytes without its line ending, after a leading BOM: the same as the
// CRC-32 of the file with every CR and LF byte removed. Flyway stores it as a signed 32-bit integer.
qint32 flywayChecksum(QByteArray bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        if (ch == '\r' || ch == '\n')
            continue;
        crc = table[(crc ^ quint8(ch)) & 0xFFu] ^ (crc >> 8);
    }
    return qint32(crc ^ 0xFFFFFFFFu);
}

const QRegularExpression& pattern()
{
    static const QRegularExpression re(QStringLiteral("^([VUR])([^_]*(?:_(?!_)[^_]*)*)__(.*)\\.sql$"));
    return re;
}

class Flyway final : public MigrationFormat {
public:
    QString name() const override { return QStringLiteral("flyway"); }
    QString historyTable() const override { return QStringLiteral("flyway_schema_history"); }
    QString layout() const override
    {
        return QCoreApplication::translate("steward::Migrations",
                                           "V{version}__{description}.sql files (U… undo, R__… repeatable)");
    }
    QString addDownHint() const override
    {
        return QCoreApplication::translate(
            "steward::Migrations", "Add its undo file, U{version}__{description}.sql, or restore a backup instead.");
    }

    QStringList claims(const FolderScan& scan) const override
    {
        QStringList out;
        for (const QString& f : scan.files)
            if (!f.contains(QLatin1Char('/')) && pattern().match(f).hasMatch())
                out << f;
        return out;
    }

    Result<QVector<MigrationFile>> read(const FolderScan& scan) const override
    {
        static const QRegularExpression numeric(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
        std::map<QString, MigrationFile> versioned; // by normalized text
        std::map<QString, MigrationFile> undo;      // normalized text → the U file
        QVector<MigrationFile> repeatable;
        for (const QString& f : claims(scan)) {
            const auto m = pattern().match(f);
            const QString kind = m.captured(1);
            const QString version = QString(m.captured(2)).replace(QLatin1Char('_'), QLatin1Char('.'));
            QByteArray raw;
            auto text = migrationformat::readText(scan, f, &raw);
            if (!text)
                return text.error();
            MigrationFile mf;
            mf.fileName = f;
            mf.name = QString(m.captured(3)).replace(QLatin1Char('_'), QLatin1Char(' '));
            mf.upSql = text.value();
            mf.checksum = MigrationFile::checksumOf(mf.upSql);
            mf.toolChecksum = QString::number(flywayChecksum(raw));
            if (kind == QLatin1String("R")) {
                if (!version.isEmpty())
                    return migrationformat::fileError(
                        f, 0,
                        QCoreApplication::translate("steward::Migrations",
                                                    "a repeatable migration cannot have a version."),
                        QCoreApplication::translate("steward::Migrations", "Name it R__{description}.sql."));
                mf.versionText = QStringLiteral("R__") + mf.name;
                mf.repeatable = true;
                repeatable << mf;
                continue;
            }
            if (!numeric.match(version).hasMatch())
                return migrationformat::fileError(
                    f, 0,
                    QCoreApplication::translate("steward::Migrations",
                                                "the version '%1' is not numbers separated by dots or "
                                                "underscores.")
                        .arg(m.captured(2)),
                    QCoreApplication::translate("steward::Migrations",
                                                "Name it V{version}__{description}.sql, as V1_2__add_users.sql."));
            const QString key = versionParts(version).join(QLatin1Char('.'));
            if (kind == QLatin1String("U")) {
                undo[key] = mf;
                continue;
            }
            if (versioned.count(key))
                return makeError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("steward::Migrations", "Two migrations have the version %1: %2 and %3.")
                        .arg(version)
                        .arg(versioned[key].fileName, f),
                    QCoreApplication::translate("steward::Migrations", "Give one of them another number."));
            mf.versionText = version;
            versioned[key] = mf;
        }
        QVector<MigrationFile> out;
        for (auto& [key, mf] : versioned) {
            if (undo.count(key)) {
                mf.downSql = undo[key].upSql;
                mf.downFileName = undo[key].fileName;
                mf.downToolChecksum = undo[key].toolChecksum;
                mf.hasDown = true;
                undo.erase(key);
            }
            out << mf;
        }
        if (!undo.empty())
            return migrationformat::fileError(
                undo.begin()->second.fileName, 0,
                QCoreApplication::translate("steward::Migrations", "an undo migration without its "
                                                                   "versioned migration."),
                QCoreApplication::translate("steward::Migrations",
                                            "Add the V file of the same version, or remove the U file."));
        std::sort(out.begin(), out.end(), [](const MigrationFile& a, const MigrationFile& b) {
            return versionLess(a.versionText, b.versionText);
        });
        std::sort(repeatable.begin(), repeatable.end(),
                  [](const MigrationFile& a, const MigrationFile& b) { return a.name < b.name; });
        out += repeatable; // Flyway runs repeatables after every versioned migration
        for (qsizetype i = 0; i < out.size(); ++i)
            out[i].version = i + 1; // Flyway's versions are not integers: the order is the key
        return out;
    }

    bool writable() const override { return true; }
    bool stableVersions() const override { return false; } // ranks: Flyway keeps its own log

    // SQLiteDatabase's createSchemaHistoryTable.sql (Flyway 9/10): the table and its index on success.
    Result<void> ensureHistory(Connection& c) const override
    {
        auto exists = tableExists(c, historyTable());
        if (!exists)
            return exists.error();
        if (exists.value())
            return {};
        if (auto r = c.exec(QStringLiteral(
                "CREATE TABLE \"main\".\"flyway_schema_history\" (\n    \"installed_rank\" INT NOT NULL PRIMARY KEY,\n"
                "    \"version\" VARCHAR(50),\n    \"description\" VARCHAR(200) NOT NULL,\n"
                "    \"type\" VARCHAR(20) NOT NULL,\n    \"script\" VARCHAR(1000) NOT NULL,\n    \"checksum\" INT,\n"
                "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
                "    \"installed_on\" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),\n"
                "    \"execution_time\" INT NOT NULL,\n    \"success\" BOOLEAN NOT NULL\n)"));
            !r)
            return r;
        return c.exec(QStringLiteral("CREATE INDEX \"main\".\"flyway_schema_history_s_idx\" ON "
                                     "\"flyway_schema_history\" (\"success\")"));
    }

    // Applied: the history replayed for this one migration says so; a repeatable counts only with its checksum now.
    Result<bool> records(Connection& c, const MigrationFile& m) const override
    {
        ToolHistory h;
        if (auto r = readEntries(c, {m}, h); !r)
            return r.error();
        for (const auto& e : h.entries)
            if (e.versionText == m.versionText && !e.failed)
                return !m.repeatable || e.checksum == m.toolChecksum;
        return false;
    }

    // JdbcTableSchemaHistory.doAddAppliedMigration: the next installed_rank, the version as Flyway prints it (NULL for
    // a repeatable), the description, the type, the script's name, its CRC-32, installed_by (SQLite has no users:
    // empty), the execution time and success. installed_on is the table's default.
    Result<void> recordApplied(Connection& c, const MigrationFile& m, qint64 executionMs) const override
    {
        return addRow(c, m.repeatable ? QVariant() : QVariant(m.versionText), m.name, QStringLiteral("SQL"), m.fileName,
                      m.toolChecksum, executionMs, true);
    }
    // flyway undo: an UNDO_SQL row for the version, with the undo script's name, description and checksum.
    Result<void> recordRolledBack(Connection& c, const MigrationFile& m) const override
    {
        const auto parts = pattern().match(m.downFileName);
        const QString description =
            parts.hasMatch() ? QString(parts.captured(3)).replace(QLatin1Char('_'), QLatin1Char(' ')) : m.name;
        return addRow(c, m.versionText, description, QStringLiteral("UNDO_SQL"), m.downFileName, m.downToolChecksum, 0,
                      true);
    }
    // flyway baseline: one BASELINE row at the version, which marks every version up to it applied.
    Result<void> recordBaseline(Connection& c, const QVector<MigrationFile>& upTo) const override
    {
        const QString description = QStringLiteral("<< Flyway Baseline >>");
        return addRow(c, upTo.last().versionText, description, QStringLiteral("BASELINE"), description, QString(), 0,
                      true);
    }
    // A migration outside a transaction that failed: its row with success 0, which stops the next migrate until
    // repair removes it (Flyway's own behaviour).
    Result<bool> recordFailed(Connection& c, const MigrationFile& m, const QString&) const override
    {
        if (auto r = ensureHistory(c); !r)
            return r.error();
        if (auto r = addRow(c, m.repeatable ? QVariant() : QVariant(m.versionText), m.name, QStringLiteral("SQL"),
                            m.fileName, m.toolChecksum, 0, false);
            !r)
            return r.error();
        return true;
    }
    // flyway repair: failed rows removed; the checksums of applied migrations whose files changed realigned.
    Result<int> repairHistory(Connection& c, const QVector<MigrationFile>& failed,
                              const QVector<MigrationFile>& modified) const override
    {
        int changed = 0;
        if (!failed.isEmpty()) {
            auto n = c.scalar(QStringLiteral("SELECT count(*) FROM flyway_schema_history WHERE success = 0"));
            if (!n)
                return n.error();
            if (auto r = c.exec(QStringLiteral("DELETE FROM flyway_schema_history WHERE success = 0")); !r)
                return r.error();
            changed += n->toInt();
        }
        // The newest successful SQL row of the migration (by version; a repeatable by description) takes the file's
        // checksum, description and script name; a migration with no such row (one under a BASELINE) has none to fix.
        for (const auto& m : modified) {
            if (auto r =
                    c.exec(QStringLiteral("UPDATE flyway_schema_history SET checksum = ?, description = ?, script = ? "
                                          "WHERE installed_rank = (SELECT max(installed_rank) FROM "
                                          "flyway_schema_history WHERE type = 'SQL' AND success = 1 AND "
                                          "(version = ? OR (? AND version IS NULL AND description = ?)))"),
                           {m.toolChecksum.toLongLong(), m.name.left(200), m.fileName,
                            m.repeatable ? QVariant() : QVariant(m.versionText), m.repeatable ? 1 : 0, m.name});
                !r)
                return r.error();
            auto n = c.scalar(QStringLiteral("SELECT changes()"));
            if (!n)
                return n.error();
            changed += n->toInt();
        }
        return changed;
    }

    // In installed_rank order: SQL rows apply (success 0 = failed), UNDO_SQL and DELETE rows take a version back,
    // a BASELINE row marks every version up to it applied; repeatables are matched by description.
    Result<void> readEntries(Connection& c, const QVector<MigrationFile>& files, ToolHistory& h) const override
    {
        auto rows = c.select(QStringLiteral("SELECT version, description, type, checksum, installed_on, "
                                            "execution_time, success FROM flyway_schema_history ORDER BY "
                                            "installed_rank"));
        if (!rows)
            return rows.error();
        std::map<QString, ToolHistoryEntry> byKey;
        std::vector<QString> order;
        for (const auto& r : rows.value()) {
            const QString type = r.value(2).toString();
            const QString version = r.value(0).toString();
            const QString key = r.value(0).isNull() ? QStringLiteral("R__") + r.value(1).toString()
                                                    : versionParts(version).join(QLatin1Char('.'));
            if (type == QLatin1String("BASELINE")) {
                for (const auto& f : files)
                    if (!f.versionText.startsWith(QLatin1String("R__")) && !versionLess(version, f.versionText))
                        byKey[versionParts(f.versionText).join(QLatin1Char('.'))] =
                            ToolHistoryEntry{f.versionText, false, {}, {}, -1};
                continue;
            }
            if (type == QLatin1String("DELETE") || type.startsWith(QLatin1String("UNDO"))) {
                byKey.erase(key);
                continue;
            }
            if (type == QLatin1String("SCHEMA"))
                continue;
            ToolHistoryEntry e;
            e.versionText = r.value(0).isNull() ? key : version;
            e.failed = r.value(6).toLongLong() == 0;
            e.checksum = r.value(3).isNull() ? QString() : QString::number(r.value(3).toLongLong());
            e.appliedAt = QDateTime::fromString(r.value(4).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
            e.appliedAt.setTimeSpec(Qt::UTC);
            e.executionMs = r.value(5).toLongLong();
            byKey[key] = e;
        }
        // Entries carry the files' own spelling of a version ("1.0" and "1" are one version).
        for (auto& [key, e] : byKey) {
            for (const auto& f : files)
                if (!f.versionText.startsWith(QLatin1String("R__")) &&
                    versionParts(f.versionText).join(QLatin1Char('.')) == key)
                    e.versionText = f.versionText;
            h.entries << e;
        }
        return {};
    }

private:
    static Result<void> addRow(Connection& c, const QVariant& version, const QString& description, const QString& type,
                               const QString& script, const QString& checksum, qint64 executionMs, bool success)
    {
        return c.exec(QStringLiteral("INSERT INTO \"main\".\"flyway_schema_history\" (\"installed_rank\", \"version\", "
                                     "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", "
                                     "\"execution_time\", \"success\") VALUES ((SELECT coalesce(max(installed_rank), "
                                     "0) + 1 FROM \"main\".\"flyway_schema_history\"), ?, ?, ?, ?, ?, '', ?, ?)"),
                      {version, description.left(200), type, script,
                       checksum.isEmpty() ? QVariant() : QVariant(checksum.toLongLong()), executionMs,
                       success ? 1 : 0});
    }
};

} // namespace

const MigrationFormat& flyway()
{
    static const Flyway format;
    return format;
}

} // namespace steward::formats
