// Every risky operation with a fault at every fault point it has. A clean run counts the operation's SQLite I/O calls
// on the files of its folder (opens, reads, writes, syncs: its fault points); then the operation runs again on a
// fresh copy of the same files once per point, with that call failing once (transient) and again with it and every
// later one failing (persistent; writes fail as a full disk, an I/O error or a short write in turn). After each run,
// with the fault gone, as the next start would see it:
//   - the live database passes integrity_check and its content equals the model before or after the operation
//     (for migrations: the state after exactly the migrations the registry lists as applied);
//   - a backup listed as valid or unverified verifies; nothing that failed is listed as a valid backup;
//   - an audit entry is stored exactly once (in the store or, failing that, in the fallback file).
// STEWARD_FAULT_STRIDE=k tries every k-th point only (default 1: every point). Totals go to stdout for the report.
#include "FaultVfs.h"
#include "TestSupport.h"

#include "Audit.h"
#include "backup/BackupManager.h"
#include "migrations/Migrator.h"
#include "monitor/QueryMonitor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <functional>
#include <map>

using namespace steward;
using namespace steward::test;

namespace {

// Schema and rows of every table except Steward's own bookkeeping, as one hash: the "model" of a database.
QByteArray logicalContent(const QString& path, bool withMigrationTables = false)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open";
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    QStringList tables;
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name", -1,
                       &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const QString name = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 1)));
        const bool bookkeeping = name.startsWith("schema_migrations") || name.startsWith("steward_");
        if (bookkeeping && !withMigrationTables)
            continue;
        h.addData(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))) + ":" + name.toUtf8() + ":" +
                  QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, 2))) + "\n");
        if (QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))) == "table")
            tables << name;
    }
    sqlite3_finalize(s);
    for (const QString& t : tables) {
        sqlite3_stmt* rows = nullptr;
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(t).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &rows, nullptr) != SQLITE_OK) {
            h.addData("unreadable " + t.toUtf8());
            continue;
        }
        while (sqlite3_step(rows) == SQLITE_ROW)
            for (int i = 0; i < sqlite3_column_count(rows); ++i) {
                h.addData(QByteArray(reinterpret_cast<const char*>(sqlite3_column_blob(rows, i)),
                                     sqlite3_column_bytes(rows, i)));
                h.addData("|");
            }
        sqlite3_finalize(rows);
    }
    sqlite3_close(db);
    return h.result().toHex();
}

// What the next start does first: a read-write connection rolls back a hot journal left by the failed operation.
void recover(const QString& path)
{
    if (QFileInfo::exists(path))
        execSql(path, "BEGIN IMMEDIATE; ROLLBACK;");
}

QString integrity(const QString& path)
{
    recover(path);
    return queryString(path, "PRAGMA integrity_check");
}

void copyTree(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(source, target);
    }
}

struct Totals {
    int points = 0;
    std::map<QString, int> byKind;
    int runs = 0;
    int injected = 0;
    int reportedErrors = 0;
    int violations = 0;
};

std::map<QString, Totals>& totals()
{
    static std::map<QString, Totals> t;
    return t;
}

int stride()
{
    const int s = qEnvironmentVariableIntValue("STEWARD_FAULT_STRIDE");
    return s > 0 ? s : 1;
}

void writeMigrations(const QString& folder)
{
    QDir().mkpath(folder);
    writeFile(folder + "/001_tags.sql", "-- migrate:up\nCREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT);\n"
                                        "INSERT INTO tags (name) SELECT name FROM items WHERE id <= 40;\n"
                                        "-- migrate:down\nDROP TABLE tags;\n");
    writeFile(folder + "/002_qty_index.sql", "-- migrate:up\nCREATE INDEX items_qty ON items(qty);\n"
                                             "-- migrate:down\nDROP INDEX items_qty;\n");
    writeFile(folder + "/003_notes.sql", "-- migrate:up\nALTER TABLE items ADD COLUMN note TEXT;\n"
                                         "UPDATE items SET note = 'n' || id;\n"
                                         "-- migrate:down\nALTER TABLE items DROP COLUMN note;\n");
}

} // namespace

class TestFaultInjection : public QObject {
    Q_OBJECT
    QTemporaryDir m_root{QDir::tempPath() + "/steward-fault-XXXXXX"};
    QTemporaryDir m_data; // Steward's own data folder (audit trail), outside the faulted scope

    // Runs `operation` in a fresh copy of `fixture` once cleanly (to count its points and get the "after" model),
    // then once per point and mode with a fault; `check` asserts the invariants for one run (dir, reported error).
    void everyFaultPoint(const QString& name, const QString& fixture,
                         const std::function<bool(const QString& dir)>& operation,
                         const std::function<void(const QString& dir, bool failed)>& check)
    {
        Totals& t = totals()[name];
        const QString clean = m_root.filePath(name + "-clean");
        copyTree(fixture, clean);
        FaultVfs::setScope(clean);
        FaultVfs::startCounting();
        QVERIFY2(operation(clean), qPrintable(name + ": the clean run failed"));
        t.points = FaultVfs::points();
        t.byKind = {{"open", FaultVfs::pointsOf(FaultVfs::Kind::Open)},
                    {"read", FaultVfs::pointsOf(FaultVfs::Kind::Read)},
                    {"write", FaultVfs::pointsOf(FaultVfs::Kind::Write)},
                    {"sync", FaultVfs::pointsOf(FaultVfs::Kind::Sync)}};
        FaultVfs::setScope({});
        QVERIFY2(t.points > 0, qPrintable(name + ": no fault points"));
        int run = 0;
        // STEWARD_FAULT_ONLY=name:point:persistent(0|1) runs one case and keeps its folder, for debugging.
        const QStringList only = qEnvironmentVariable("STEWARD_FAULT_ONLY").split(':');
        for (int point = 1; point <= t.points; point += stride()) {
            for (const bool persistent : {false, true}) {
                if (only.size() == 3 && (only[0] != name || only[1].toInt() != point || only[2].toInt() != persistent))
                    continue;
                const QString dir = m_root.filePath(QStringLiteral("%1-%2").arg(name).arg(run++));
                copyTree(fixture, dir);
                FaultVfs::setScope(dir);
                FaultVfs::arm(point, FaultVfs::Effect(point % 3), persistent);
                const bool ok = operation(dir);
                t.injected += FaultVfs::injected();
                FaultVfs::disarm();
                FaultVfs::setScope({});
                ++t.runs;
                t.reportedErrors += ok ? 0 : 1;
                const int failuresBefore = QTest::currentTestFailed() ? 1 : 0;
                check(dir, !ok);
                if (QTest::currentTestFailed() && !failuresBefore) {
                    ++t.violations;
                    qWarning("%s: fault point %d (%s) broke an invariant in %s", qPrintable(name), point,
                             persistent ? "persistent" : "transient", qPrintable(dir));
                    return;
                }
                if (only.size() != 3)
                    QDir(dir).removeRecursively();
            }
        }
        std::printf("fault-report %s points=%d open=%d read=%d write=%d sync=%d runs=%d injected=%d errors=%d "
                    "violations=%d\n",
                    qPrintable(name), t.points, t.byKind["open"], t.byKind["read"], t.byKind["write"], t.byKind["sync"],
                    t.runs, t.injected, t.reportedErrors, t.violations);
        std::fflush(stdout);
    }

    // A backup listed as valid or unverified must verify.
    static void listedBackupsAreGood(const QString& db, const QString& folder)
    {
        BackupManager m(db, folder);
        auto list = m.list();
        QVERIFY(list);
        for (const auto& b : list.value()) {
            if (b.status != BackupStatus::Valid && b.status != BackupStatus::Unverified)
                continue;
            auto v = m.verify(b.id);
            QVERIFY2(v && v->ok, qPrintable(b.id + " is listed as good but does not verify"));
        }
    }

private slots:
    void initTestCase()
    {
        qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8());
        FaultVfs::install();
    }

    void backupCreate()
    {
        const QString fixture = m_root.filePath("fixture-backup");
        QDir().mkpath(fixture);
        createSampleDatabase(fixture, "app.db", 300);
        const QByteArray model = logicalContent(fixture + "/app.db");
        everyFaultPoint(
            "backup", fixture,
            [](const QString& dir) {
                BackupManager m(dir + "/app.db", dir + "/backups");
                return bool(m.create("fault test"));
            },
            [&](const QString& dir, bool) {
                QCOMPARE(integrity(dir + "/app.db"), QStringLiteral("ok"));
                QCOMPARE(logicalContent(dir + "/app.db"), model); // a backup never changes the live database
                listedBackupsAreGood(dir + "/app.db", dir + "/backups");
            });
    }

    void backupVerify()
    {
        const QString fixture = m_root.filePath("fixture-verify");
        QDir().mkpath(fixture);
        createSampleDatabase(fixture, "app.db", 300);
        BackupManager m(fixture + "/app.db", fixture + "/backups");
        auto b = m.create("to verify");
        QVERIFY(b);
        const QString id = b->id;
        everyFaultPoint(
            "verify", fixture,
            [id](const QString& dir) {
                BackupManager m(dir + "/app.db", dir + "/backups");
                auto v = m.verify(id);
                return v && v->ok;
            },
            [&](const QString& dir, bool) {
                // A read that failed may make verify say "no", never damage the backup: it verifies afterwards.
                BackupManager m(dir + "/app.db", dir + "/backups");
                auto v = m.verify(id);
                QVERIFY(v && v->ok);
            });
    }

    void restore()
    {
        const QString fixture = m_root.filePath("fixture-restore");
        QDir().mkpath(fixture);
        const QString db = createSampleDatabase(fixture, "app.db", 300);
        BackupManager m(db, fixture + "/backups");
        auto b = m.create("before the change");
        QVERIFY(b);
        const QByteArray after = logicalContent(db);
        execSql(db, "DELETE FROM items WHERE id % 3 = 0; CREATE TABLE extra (v); INSERT INTO extra VALUES (1), (2);");
        const QByteArray before = logicalContent(db);
        const QString id = b->id;
        everyFaultPoint(
            "restore", fixture,
            [id](const QString& dir) {
                BackupManager m(dir + "/app.db", dir + "/backups");
                return bool(m.restore(id));
            },
            [&](const QString& dir, bool failed) {
                const QString live = dir + "/app.db";
                QCOMPARE(integrity(live), QStringLiteral("ok"));
                const QByteArray now = logicalContent(live);
                QVERIFY2(now == before || now == after, "the live database is half-restored");
                if (!failed)
                    QCOMPARE(now, after);
                listedBackupsAreGood(live, dir + "/backups");
            });
    }

    void migrateAndRollback()
    {
        const QString fixture = m_root.filePath("fixture-migrate");
        QDir().mkpath(fixture);
        const QString db = createSampleDatabase(fixture, "app.db", 300);
        writeMigrations(fixture + "/migrations");
        // The model after exactly k migrations, k = 0…3, from clean runs.
        std::map<int, QByteArray> model;
        {
            QTemporaryDir scratch;
            copyTree(fixture, scratch.path());
            Migrator mig(scratch.path() + "/app.db", scratch.path() + "/migrations", scratch.path() + "/backups");
            model[0] = logicalContent(scratch.path() + "/app.db");
            for (int k = 1; k <= 3; ++k) {
                QVERIFY(mig.migrate(k));
                model[k] = logicalContent(scratch.path() + "/app.db");
            }
        }
        const auto agrees = [&](const QString& dir) {
            const QString live = dir + "/app.db";
            QCOMPARE(integrity(live), QStringLiteral("ok"));
            Migrator mig(live, dir + "/migrations", dir + "/backups");
            auto states = mig.status();
            QVERIFY(states);
            int applied = 0;
            for (const auto& s : states.value()) {
                QVERIFY2(s.status != MigrationStatus::Failed || !s.isApplied(), "a failed migration is applied");
                applied += s.isApplied() ? 1 : 0;
            }
            QVERIFY2(logicalContent(live) == model[applied],
                     qPrintable(
                         QStringLiteral("%1 migrations listed as applied, the database says otherwise").arg(applied)));
            listedBackupsAreGood(live, dir + "/backups");
        };
        everyFaultPoint(
            "migrate", fixture,
            [](const QString& dir) {
                Migrator mig(dir + "/app.db", dir + "/migrations", dir + "/backups");
                return bool(mig.migrate());
            },
            [&](const QString& dir, bool) { agrees(dir); });

        // Rollback from 3 to 1, in one transaction.
        const QString migrated = m_root.filePath("fixture-rollback");
        copyTree(fixture, migrated);
        {
            Migrator mig(migrated + "/app.db", migrated + "/migrations", migrated + "/backups");
            QVERIFY(mig.migrate());
        }
        everyFaultPoint(
            "rollback", migrated,
            [](const QString& dir) {
                Migrator mig(dir + "/app.db", dir + "/migrations", dir + "/backups");
                auto r = mig.rollbackTo(1);
                if (qEnvironmentVariableIsSet("STEWARD_FAULT_ONLY"))
                    qWarning() << "rollback:" << bool(r) << (r ? r->versions : QVector<qint64>{})
                               << (r ? QString() : r.error().toText() + " " + r.error().detail);
                return bool(r);
            },
            [&](const QString& dir, bool failed) {
                agrees(dir);
                Migrator mig(dir + "/app.db", dir + "/migrations", dir + "/backups");
                auto states = mig.status();
                QVERIFY(states);
                int applied = 0;
                for (const auto& s : states.value())
                    applied += s.isApplied() ? 1 : 0;
                QVERIFY2(applied == 3 || applied == 1, "a rollback stopped half way");
                if (!failed)
                    QCOMPARE(applied, 1);
            });
    }

    void repair()
    {
        // Three migrations applied, then one file edited: repair accepts the new checksum (and records an event).
        // The application's schema_migrations keeps a checksum column (as the demo's does), so the database itself
        // says a migration was edited, in every copy of the fixture; Steward's journal is keyed by the path.
        const QString fixture = m_root.filePath("fixture-repair");
        QDir().mkpath(fixture);
        createSampleDatabase(fixture, "app.db", 100);
        execSql(fixture + "/app.db",
                "CREATE TABLE schema_migrations (version varchar(128) PRIMARY KEY, checksum TEXT)");
        writeMigrations(fixture + "/migrations");
        {
            Migrator mig(fixture + "/app.db", fixture + "/migrations", fixture + "/backups");
            QVERIFY(mig.migrate());
        }
        writeFile(fixture + "/migrations/002_qty_index.sql",
                  "-- migrate:up\n-- reformatted\nCREATE INDEX items_qty ON items(qty);\n"
                  "-- migrate:down\nDROP INDEX items_qty;\n");
        const QByteArray content = logicalContent(fixture + "/app.db");
        everyFaultPoint(
            "repair", fixture,
            [](const QString& dir) {
                Migrator mig(dir + "/app.db", dir + "/migrations", dir + "/backups");
                return bool(mig.repair());
            },
            [&](const QString& dir, bool failed) {
                const QString live = dir + "/app.db";
                QCOMPARE(integrity(live), QStringLiteral("ok"));
                QCOMPARE(logicalContent(live), content); // repair touches the registry only
                Migrator mig(live, dir + "/migrations", dir + "/backups");
                auto states = mig.status();
                QVERIFY(states);
                MigrationStatus second = MigrationStatus::Pending;
                for (const auto& st : states.value())
                    if (st.version == 2)
                        second = st.status;
                // All of the repair or none of it: the edited migration is accepted or still reported as edited.
                QVERIFY(second == MigrationStatus::Applied || second == MigrationStatus::Modified);
                if (!failed)
                    QCOMPARE(second, MigrationStatus::Applied);
                auto events = mig.history(100);
                QVERIFY(events);
                int repaired = 0;
                for (const auto& e : events.value())
                    repaired += e.event == QLatin1String("repaired");
                // Its event is in Steward's journal, written after the database committed: never without the repair,
                // never twice; lost only when the journal itself could not be written.
                QVERIFY(repaired <= (second == MigrationStatus::Applied ? 1 : 0));
            });
    }

    void slowQueryPersistence()
    {
        const QString fixture = m_root.filePath("fixture-persist");
        QDir().mkpath(fixture);
        createSampleDatabase(fixture, "app.db", 50);
        QVector<SlowQuery> batch;
        for (int i = 0; i < 25; ++i)
            batch.push_back({QStringLiteral("SELECT * FROM items WHERE id = ?"),
                             QStringLiteral("SELECT * FROM items WHERE id = %1").arg(i), QStringLiteral("x"),
                             150'000'000, QDateTime::currentDateTimeUtc(), QStringLiteral("test")});
        // Steward's records go to its own store (under the data folder, here inside each run's folder so that faults
        // reach it); the user's database is never written.
        const QByteArray savedDataDir = qgetenv("STEWARD_DATA_DIR");
        everyFaultPoint(
            "persist", fixture,
            [&](const QString& dir) {
                qputenv("STEWARD_DATA_DIR", (dir + "/data").toUtf8());
                return bool(SlowQueryStore::persist(dir + "/app.db", batch, 10000, 50));
            },
            [&](const QString& dir, bool failed) {
                const QString live = dir + "/app.db";
                qputenv("STEWARD_DATA_DIR", (dir + "/data").toUtf8());
                const QString store = SlowQueryStore::storePathFor(live);
                QVERIFY2(store.startsWith(dir + "/data/"), qPrintable(store));
                QCOMPARE(integrity(live), QStringLiteral("ok"));
                QCOMPARE(queryString(live, "SELECT count(*) FROM sqlite_schema WHERE name = 'query_performance'"),
                         QStringLiteral("0"));
                QCOMPARE(queryString(live, "SELECT count(*) FROM items"), QStringLiteral("50"));
                if (QFileInfo(store).size() > 0) {
                    QCOMPARE(integrity(store), QStringLiteral("ok"));
                    const bool table =
                        queryString(store, "SELECT count(*) FROM sqlite_schema WHERE name = 'query_performance'") ==
                        "1";
                    const QString rows =
                        table ? queryString(store, "SELECT count(*) FROM query_performance") : QStringLiteral("0");
                    QVERIFY2(rows == (failed ? "0" : "25"), qPrintable("rows after the batch: " + rows));
                } else {
                    QVERIFY(failed);
                }
            });
        qputenv("STEWARD_DATA_DIR", savedDataDir);
    }

    void auditWrites()
    {
        const QString fixture = m_root.filePath("fixture-audit");
        QDir().mkpath(fixture);
        {
            AuditTrail warm(fixture + "/steward.db", fixture + "/audit-fallback.jsonl");
            QVERIFY(warm.record({QStringLiteral("warm-up"), {}, "backup", "app.db", {}, "ok", {}}));
        }
        everyFaultPoint(
            "audit", fixture,
            [](const QString& dir) {
                AuditTrail trail(dir + "/steward.db", dir + "/audit-fallback.jsonl");
                return bool(trail.record({QStringLiteral("the-entry"), {}, "restore", "app.db", "b1", "ok", {}}));
            },
            [&](const QString& dir, bool failed) {
                QVERIFY2(!failed, "recording failed in both the store and the fallback");
                AuditTrail trail(dir + "/steward.db", dir + "/audit-fallback.jsonl");
                QVERIFY(trail.replayFallback());
                auto recent = trail.recent(100);
                QVERIFY(recent);
                int found = 0;
                for (const auto& e : recent.value())
                    found += e.uid == QLatin1String("the-entry");
                QCOMPARE(found, 1); // stored exactly once
                QCOMPARE(integrity(dir + "/steward.db"), QStringLiteral("ok"));
            });
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "TestFaultInjection.moc"
