// goose: {version}_{name}.sql (version: the number before the first '_', at least 1) with "-- +goose Up", an
// optional "-- +goose Down", "StatementBegin"/"StatementEnd" blocks and "NO TRANSACTION" (internal/sqlparser).
// Go migrations ({version}_{name}.go) are compiled into the application: listed with their status, never run; a
// folder that has them is read only.
// History: goose_db_version(id, version_id, is_applied, tstamp), a row per applied version plus version 0.
#include "migrations/formats/Formats.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>

namespace steward::formats {

namespace {

const QRegularExpression& namePattern()
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+)_(.*)\\.(sql|go)$"));
    return re;
}

class Goose final : public MigrationFormat {
public:
    QString name() const override { return QStringLiteral("goose"); }
    QString historyTable() const override { return QStringLiteral("goose_db_version"); }
    QString layout() const override
    {
        return QCoreApplication::translate("steward::Migrations",
                                           "{version}_{name}.sql files with a \"-- +goose Up\" line");
    }
    QString runnableHint() const override
    {
        return QCoreApplication::translate("steward::Migrations",
                                           "goose migrations written in Go are compiled into your application: run "
                                           "them with its goose");
    }
    QString addDownHint() const override
    {
        return QCoreApplication::translate("steward::Migrations",
                                           "Add a -- +goose Down section, or restore a backup instead.");
    }

    QStringList claims(const FolderScan& scan) const override
    {
        QStringList out;
        for (const QString& f : scan.files) {
            if (f.contains(QLatin1Char('/')))
                continue;
            if (f.endsWith(QLatin1String(".go")) && namePattern().match(f).hasMatch() &&
                !f.endsWith(QLatin1String("_test.go")))
                out << f;
            else if (f.endsWith(QLatin1String(".sql")) && scan.head(f).contains("+goose"))
                out << f;
        }
        return out;
    }

    Result<QVector<MigrationFile>> read(const FolderScan& scan) const override
    {
        QVector<MigrationFile> files;
        for (const QString& f : claims(scan)) {
            const auto m = namePattern().match(f);
            if (!m.hasMatch())
                return migrationformat::fileError(
                    f, 0,
                    QCoreApplication::translate(
                        "steward::Migrations",
                        "the file name must start with a version number, as in 00001_create_users.sql."),
                    QCoreApplication::translate("steward::Migrations",
                                                "Rename the file: a version number, an underscore, a name, .sql."));
            bool ok = false;
            const qint64 version = m.captured(1).toLongLong(&ok);
            if (!ok || version < 1)
                return migrationformat::fileError(
                    f, 0,
                    QCoreApplication::translate("steward::Migrations",
                                                "goose versions are numbers from 1 to 2^63 - 1."),
                    QCoreApplication::translate("steward::Migrations", "Rename the file with a valid version number."));
            if (f.endsWith(QLatin1String(".go"))) { // listed with its status; only the application can run it
                MigrationFile go;
                go.version = version;
                go.versionText = QString::number(version);
                go.name = m.captured(2);
                go.fileName = f;
                go.runnable = false;
                files << go;
                continue;
            }
            auto text = migrationformat::readText(scan, f);
            if (!text)
                return text.error();
            auto parsed = parse(f, text.value());
            if (!parsed)
                return parsed.error();
            parsed->version = version;
            parsed->versionText = QString::number(version);
            parsed->name = m.captured(2);
            files << parsed.value();
        }
        return sortedUnique(std::move(files));
    }

    // As internal/sqlparser: every comment line with "+goose" must be an annotation; one Up, first; at most one
    // Down, after it; StatementBegin/End pairs; NO TRANSACTION anywhere applies to the whole file.
    static Result<MigrationFile> parse(const QString& file, const QString& text)
    {
        MigrationFile m;
        m.fileName = file;
        enum class State { Start, Up, Down } state = State::Start;
        bool inBlock = false;
        QStringList up, down;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines[i];
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1String("--")) && line.contains(QLatin1String("+goose"))) {
                if (line != line.trimmed())
                    return migrationformat::fileError(
                        file, i + 1,
                        QCoreApplication::translate("steward::Migrations",
                                                    "a goose annotation with leading white space."),
                        QCoreApplication::translate("steward::Migrations", "Start the line with \"-- +goose\"."));
                const QString word = trimmed.mid(trimmed.indexOf(QLatin1String("+goose")) + 6).trimmed();
                auto is = [&](const char* w) { return word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0; };
                if (is("Up")) {
                    if (state != State::Start)
                        return migrationformat::fileError(
                            file, i + 1,
                            QCoreApplication::translate("steward::Migrations", "a second \"-- +goose Up\"."),
                            QCoreApplication::translate("steward::Migrations",
                                                        "Keep one Up and at most one Down annotation."));
                    state = State::Up;
                    m.upFirstLine = i + 1; // the annotation stays in the SQL as the comment it is
                } else if (is("Down")) {
                    if (state != State::Up || inBlock)
                        return migrationformat::fileError(
                            file, i + 1,
                            QCoreApplication::translate("steward::Migrations",
                                                        "\"-- +goose Down\" before \"-- +goose Up\", or a second one."),
                            QCoreApplication::translate(
                                "steward::Migrations", "Start the file with \"-- +goose Up\"; put one Down after it."));
                    state = State::Down;
                    m.hasDown = true;
                    m.downFirstLine = i + 1;
                } else if (is("StatementBegin")) {
                    if (state == State::Start || inBlock)
                        return migrationformat::fileError(
                            file, i + 1,
                            QCoreApplication::translate("steward::Migrations", "\"StatementBegin\" out of place."),
                            QCoreApplication::translate("steward::Migrations",
                                                        "Put StatementBegin/StatementEnd inside Up or Down."));
                    inBlock = true;
                } else if (is("StatementEnd")) {
                    if (!inBlock)
                        return migrationformat::fileError(
                            file, i + 1,
                            QCoreApplication::translate("steward::Migrations",
                                                        "\"StatementEnd\" without StatementBegin."),
                            QCoreApplication::translate("steward::Migrations",
                                                        "Pair each StatementEnd with a StatementBegin."));
                    inBlock = false;
                } else if (is("NO TRANSACTION")) {
                    m.upInTransaction = m.downInTransaction = false;
                } else if (!is("ENVSUB ON") && !is("ENVSUB OFF")) {
                    return migrationformat::fileError(
                        file, i + 1,
                        QCoreApplication::translate("steward::Migrations",
                                                    "the goose annotation \"%1\" is not supported.")
                            .arg(word),
                        QCoreApplication::translate("steward::Migrations",
                                                    "Use Up, Down, StatementBegin, StatementEnd, NO TRANSACTION "
                                                    "or ENVSUB ON/OFF."));
                }
            }
            if (state == State::Up)
                up << line;
            else if (state == State::Down)
                down << line;
            else if (state == State::Start && !trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("--")))
                return migrationformat::fileError(
                    file, i + 1,
                    QCoreApplication::translate("steward::Migrations", "SQL before the \"-- +goose Up\" line."),
                    QCoreApplication::translate("steward::Migrations", "Start the file with \"-- +goose Up\"."));
        }
        if (state == State::Start)
            return migrationformat::fileError(
                file, 0, QCoreApplication::translate("steward::Migrations", "no \"-- +goose Up\" annotation."),
                QCoreApplication::translate("steward::Migrations", "Start the file with \"-- +goose Up\"."));
        if (inBlock)
            return migrationformat::fileError(
                file, 0,
                QCoreApplication::translate("steward::Migrations",
                                            "\"-- +goose StatementBegin\" without StatementEnd."),
                QCoreApplication::translate("steward::Migrations", "Close the block with \"-- +goose StatementEnd\"."));
        m.upSql = up.join(QLatin1Char('\n'));
        m.downSql = down.join(QLatin1Char('\n'));
        m.checksum = MigrationFile::checksumOf(m.upSql);
        return m;
    }

    bool writable() const override { return true; }

    // internal/dialect/dialectquery/sqlite3.go: the table, then goose's own first row, version 0.
    Result<void> ensureHistory(Connection& c) const override
    {
        auto exists = tableExists(c, historyTable());
        if (!exists)
            return exists.error();
        if (exists.value())
            return {};
        if (auto r =
                c.exec(QStringLiteral("CREATE TABLE goose_db_version (\n\t\tid INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                                      "\t\tversion_id INTEGER NOT NULL,\n\t\tis_applied INTEGER NOT NULL,\n"
                                      "\t\ttstamp TIMESTAMP DEFAULT (datetime('now'))\n\t)"));
            !r)
            return r;
        return c.exec(QStringLiteral("INSERT INTO goose_db_version (version_id, is_applied) VALUES (?, ?)"), {0, 1});
    }
    Result<bool> records(Connection& c, const MigrationFile& m) const override
    {
        auto v = c.scalar(QStringLiteral("SELECT is_applied FROM goose_db_version WHERE version_id = ? ORDER BY id "
                                         "DESC LIMIT 1"),
                          {m.version});
        if (!v)
            return v.error();
        return !v->isNull() && v->toLongLong() != 0;
    }
    Result<void> recordApplied(Connection& c, const MigrationFile& m, qint64) const override
    {
        return c.exec(QStringLiteral("INSERT INTO goose_db_version (version_id, is_applied) VALUES (?, ?)"),
                      {m.version, 1});
    }
    Result<void> recordRolledBack(Connection& c, const MigrationFile& m) const override
    {
        return c.exec(QStringLiteral("DELETE FROM goose_db_version WHERE version_id=?"), {m.version});
    }

    // Applied: every version_id with a row, version 0 (goose's own first row) aside. Old goose wrote is_applied = 0
    // rows on down: the newest row of a version decides.
    Result<void> readEntries(Connection& c, const QVector<MigrationFile>&, ToolHistory& h) const override
    {
        auto rows = c.select(QStringLiteral(
            "SELECT version_id, is_applied, tstamp FROM goose_db_version WHERE version_id > 0 ORDER BY id"));
        if (!rows)
            return rows.error();
        std::map<qint64, ToolHistoryEntry> latest;
        std::map<qint64, bool> applied;
        for (const auto& r : rows.value()) {
            const qint64 v = r.value(0).toLongLong();
            applied[v] = r.value(1).toLongLong() != 0;
            latest[v] = ToolHistoryEntry{QString::number(v), false, utcText(r.value(2)), {}, -1};
        }
        for (const auto& [v, e] : latest)
            if (applied[v])
                h.entries << e;
        return {};
    }
};

} // namespace

const MigrationFormat& goose()
{
    static const Goose format;
    return format;
}

} // namespace steward::formats
