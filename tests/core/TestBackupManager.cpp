// Backups on real files: create, list, verify, restore, retention, compare, and every bad input refused with the
// live database unchanged.
#include "TestSupport.h"

#include "Audit.h"
#include "backup/BackupManager.h"
#include "jobs/Job.h"
#include "migrations/Migrator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::test;

namespace {

class CancelAfter final : public JobContext {
public:
    explicit CancelAfter(int reports)
        : m_left(reports)
    {
    }
    bool isCancelled() const override { return m_left <= 0; }
    void setProgress(qint64 done, qint64 total, const QString&) override
    {
        --m_left;
        lastDone = done;
        lastTotal = total;
    }
    void setCancelHook(std::function<void()>) override {}
    qint64 lastDone = 0, lastTotal = 0;

private:
    int m_left;
};

QString content(const QString& db)
{
    return queryString(
        db, "SELECT group_concat(id || ':' || name || ':' || qty, ',') FROM (SELECT * FROM items ORDER BY id)");
}

} // namespace

class TestBackupManager : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    ManualClock m_clock;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<BackupManager> m_manager;

    BackupInfo create(const QString& reason = QStringLiteral("test"))
    {
        auto b = m_manager->create(reason);
        if (!b)
            qWarning() << b.error().toText() << b.error().detail;
        m_clock.advance(std::chrono::seconds(1));
        return b ? b.value() : BackupInfo{};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString folder = m_dir->path();
        m_db = createSampleDatabase(folder, QStringLiteral("live.db"), 500);
        m_audit = std::make_unique<AuditTrail>(folder + "/audit.db", folder + "/audit.jsonl", m_clock);
        m_manager = std::make_unique<BackupManager>(m_db, QString(), m_clock, m_audit.get());
        CopyOptions o;
        o.busyTimeoutMs = 300;
        m_manager->setCopyOptions(o);
    }

    void createWritesFileAndSidecar()
    {
        const QByteArray liveBefore = fileHash(m_db);
        auto b = m_manager->create(QStringLiteral("before a risky change"));
        QVERIFY2(b, b ? "" : qPrintable(b.error().toText()));
        QCOMPARE(m_manager->folder(), QFileInfo(m_db).absolutePath() + "/backups");
        QCOMPARE(b->id, QStringLiteral("live-2026-01-01-120000.db"));
        QCOMPARE(b->status, BackupStatus::Unverified);
        QVERIFY(QFile::exists(b->path + ".json"));
        QCOMPARE(b->metadata.reason, QStringLiteral("before a risky change"));
        QCOMPARE(b->metadata.created, m_clock.nowUtc());
        QCOMPARE(b->metadata.size, QFileInfo(b->path).size());
        QCOMPARE(b->metadata.sha256.toLatin1(), fileHash(b->path));
        QCOMPARE(b->metadata.sourcePath, QFileInfo(m_db).absoluteFilePath());
        QCOMPARE(b->metadata.pageSize * b->metadata.pageCount, b->metadata.size);
        QCOMPARE(b->metadata.migrationVersion, -1);
        QVERIFY(b->metadata.sqliteVersion.startsWith("3."));
        QCOMPARE(content(b->path), content(m_db));
        QCOMPARE(fileHash(m_db), liveBefore);
        QVERIFY(sideFiles(m_db).isEmpty());
        QVERIFY(sideFiles(b->path).isEmpty());
        QCOMPARE(QDir(m_manager->folder()).entryList(QDir::Files).size(), 2); // no temporary left
        // Same second: a suffix, never an overwrite.
        auto again = m_manager->create(QStringLiteral("again"));
        QVERIFY(again);
        QCOMPARE(again->id, QStringLiteral("live-2026-01-01-120000-1.db"));
        auto audit = m_audit->recent(10);
        QVERIFY(audit && audit->size() == 2);
        QCOMPARE(audit->at(0).action, QStringLiteral("backup"));
        QCOMPARE(audit->at(0).outcome, QStringLiteral("ok"));
    }

    void listReadsMetadataAndVerifyMakesValid()
    {
        const auto a = create("a");
        const auto b = create("b");
        auto all = m_manager->list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, b.id); // newest first
        QCOMPARE(all->at(0).status, BackupStatus::Unverified);
        auto v = m_manager->verify(a.id);
        QVERIFY(v && v->ok);
        QCOMPARE(m_manager->find(a.id)->status, BackupStatus::Valid);
        QCOMPARE(m_manager->find(a.id)->metadata.verifiedAt, m_clock.nowUtc());
    }

    void schemaVersionIsRecorded()
    {
        execSql(m_db, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, rolled_back_at TEXT);"
                      "INSERT INTO schema_migrations VALUES (1, NULL), (2, NULL), (3, '2026-01-01');"
                      "PRAGMA user_version = 42;");
        const auto b = create();
        QCOMPARE(b.metadata.userVersion, 42);
        QCOMPARE(b.metadata.migrationVersion, 2);
    }

    void restoreBringsBackTheContentWithASafetyBackup()
    {
        const QString original = content(m_db);
        const auto b = create("good state");
        execSql(m_db, "DELETE FROM items WHERE id > 10; UPDATE items SET qty = -1; CREATE TABLE extra (x);");
        const QString changed = content(m_db);
        QVERIFY(changed != original);
        auto r = m_manager->restore(b.id);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toText()));
        QCOMPARE(content(m_db), original);
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM sqlite_schema WHERE name = 'extra'"), QStringLiteral("0"));
        QVERIFY(r->quickCheckProblems.isEmpty());
        QVERIFY(r->safetyBackup.metadata.reason.startsWith("before restore of " + b.id));
        QCOMPARE(content(r->safetyBackup.path), changed); // the state before the restore is kept
        QCOMPARE(m_manager->list()->size(), 2);
        QVERIFY(sideFiles(m_db).isEmpty());
        QCOMPARE(m_audit->recent(1)->first().action, QStringLiteral("restore"));
    }

    void walDatabaseStaysWalAfterRestore()
    {
        execSql(m_db, "PRAGMA journal_mode = WAL");
        const QString original = content(m_db);
        const auto b = create();
        QCOMPARE(queryString(b.path, "PRAGMA journal_mode"), QStringLiteral("delete")); // opens read-only cleanly
        execSql(m_db, "DELETE FROM items");
        QVERIFY(m_manager->restore(b.id));
        QCOMPARE(content(m_db), original);
        QCOMPARE(queryString(m_db, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(queryString(m_db, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void backupWhileAnotherProcessWritesIsAConsistentSnapshot_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::addRow("rollback journal: file copy") << "delete";
        QTest::addRow("wal: backup API") << "wal";
    }
    void backupWhileAnotherProcessWritesIsAConsistentSnapshot()
    {
        QFETCH(QString, journalMode);
        execSql(m_db, "PRAGMA journal_mode = " + journalMode);
        // Big enough to take many steps, small steps so that the writer changes the source mid-copy.
        execSql(m_db, "CREATE TABLE filler (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                      "WHERE i < 2000) INSERT INTO filler SELECT randomblob(3000) FROM n;");
        CopyOptions o;
        o.pagesPerStep = 8;
        o.chunkBytes = 64 * 1024;
        o.busyTimeoutMs = 5000;
        m_manager->setCopyOptions(o);
        Churner churn(m_db);
        QVERIFY(churn.isRunning());
        for (int round = 0; round < 3; ++round) {
            auto b = m_manager->create(QStringLiteral("under load %1").arg(round));
            QVERIFY2(b, b ? "" : qPrintable(b.error().toText()));
            m_clock.advance(std::chrono::seconds(1));
            QCOMPARE(queryString(b->path, "PRAGMA integrity_check"), QStringLiteral("ok"));
            // Every transaction inserted v and -v: a consistent snapshot sums to zero with an even count.
            QCOMPARE(queryString(b->path, "SELECT coalesce(sum(v), 0) FROM churn"), QStringLiteral("0"));
            QCOMPARE(queryString(b->path, "SELECT count(*) % 2 FROM churn"), QStringLiteral("0"));
            auto v = m_manager->verify(b->id);
            QVERIFY(v && v->ok);
        }
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::addRow("rollback journal: file copy") << "delete";
        QTest::addRow("wal: backup API") << "wal";
    }
    void cancelLeavesNothing()
    {
        QFETCH(QString, journalMode);
        execSql(m_db, "PRAGMA journal_mode = " + journalMode +
                          "; CREATE TABLE filler (b BLOB); WITH RECURSIVE n(i) AS "
                          "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) INSERT INTO filler SELECT "
                          "randomblob(4000) FROM n;");
        CopyOptions o;
        o.pagesPerStep = 16;
        o.chunkBytes = 1 << 20;
        m_manager->setCopyOptions(o);
        CancelAfter cancel(3);
        auto b = m_manager->create(QStringLiteral("cancelled"), &cancel);
        QVERIFY(!b);
        QCOMPARE(b.error().code, ErrorCode::Cancelled);
        QVERIFY(cancel.lastTotal > cancel.lastDone); // progress was reported in pages, part-way
        QVERIFY(QDir(m_manager->folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QCOMPARE(m_audit->recent(1)->first().outcome, QStringLiteral("cancelled"));
    }

    void badIdsAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addRow("empty") << "";
        QTest::addRow("dot dot") << "..";
        QTest::addRow("parent path") << "../live.db";
        QTest::addRow("absolute") << "/etc/passwd";
        QTest::addRow("sub folder") << "sub/x.db";
        QTest::addRow("backslash") << "..\\live.db";
        QTest::addRow("hidden") << ".hidden.db";
        QTest::addRow("control character") << "bad\x01name.db";
        QTest::addRow("newline") << "bad\nname.db";
        QTest::addRow("not .db") << "notes.txt";
        QTest::addRow("4 KiB name") << QString(4096, 'a') + ".db";
        QTest::addRow("symlink out") << "link-out.db";
        QTest::addRow("missing") << "missing-2026-01-01-000000.db";
    }
    void badIdsAreRefused()
    {
        QFETCH(QString, id);
        create();
        const QString outside = createSampleDatabase(QFileInfo(m_db).absolutePath(), "outside.db", 3);
        QFile::link(outside, m_manager->folder() + "/link-out.db");
        const QByteArray live = fileHash(m_db), out = fileHash(outside);
        for (int op = 0; op < 5; ++op) {
            Error e;
            switch (op) {
            case 0:
                e = m_manager->verify(id).error();
                break;
            case 1:
                e = m_manager->restore(id).error();
                break;
            case 2:
                e = m_manager->remove(id).error();
                break;
            case 3:
                e = m_manager->setPinned(id, true).error();
                break;
            case 4:
                e = m_manager->compare(id).error();
                break;
            }
            QVERIFY2(e.code == ErrorCode::InvalidArgument || e.code == ErrorCode::NotFound, qPrintable(e.message));
            QVERIFY(!e.message.isEmpty());
        }
        QCOMPARE(fileHash(m_db), live);
        QCOMPARE(fileHash(outside), out);
        QVERIFY(QFileInfo::exists(m_manager->folder() + "/link-out.db") || id != "link-out.db");
    }

    void damagedBackupsAreNeverValidNorRestored_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<BackupStatus>("listed");
        QTest::addRow("flipped byte") << "flip" << BackupStatus::Unverified;
        QTest::addRow("truncated") << "truncate" << BackupStatus::Corrupt;
        QTest::addRow("sidecar missing") << "no-sidecar" << BackupStatus::Incomplete;
        QTest::addRow("sidecar malformed") << "bad-sidecar" << BackupStatus::Incomplete;
        QTest::addRow("sidecar wrong checksum") << "wrong-sha" << BackupStatus::Unverified;
        QTest::addRow("random bytes") << "random" << BackupStatus::Unverified;
    }
    void damagedBackupsAreNeverValidNorRestored()
    {
        QFETCH(QString, damage);
        QFETCH(BackupStatus, listed);
        const auto b = create();
        QVERIFY(m_manager->verify(b.id)->ok); // valid before the damage
        QByteArray bytes = readFile(b.path);
        if (damage == "flip") {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
            writeFile(b.path, bytes);
        } else if (damage == "truncate") {
            writeFile(b.path, bytes.left(bytes.size() / 2));
        } else if (damage == "no-sidecar") {
            QFile::remove(b.path + ".json");
        } else if (damage == "bad-sidecar") {
            writeFile(b.path + ".json", "{ not json");
        } else if (damage == "wrong-sha") {
            QByteArray sidecar = readFile(b.path + ".json");
            sidecar.replace(b.metadata.sha256.toLatin1(), QByteArray(64, 'a'));
            sidecar.replace("\"verified_at\"", "\"was_verified_at\"");
            writeFile(b.path + ".json", sidecar);
        } else if (damage == "random") {
            for (auto& c : bytes)
                c = char(QRandomGenerator::global()->generate());
            writeFile(b.path, bytes);
        }
        auto found = m_manager->find(b.id);
        QVERIFY(found);
        QCOMPARE(backupStatusName(found->status), backupStatusName(listed));
        QVERIFY(!found->statusReason.isEmpty());
        const QByteArray live = fileHash(m_db);
        auto r = m_manager->restore(b.id);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(b.id), qPrintable(r.error().message));
        QCOMPARE(fileHash(m_db), live);
        // After a failed verification the backup is listed as corrupt, never valid.
        auto after = m_manager->find(b.id);
        QVERIFY(after->status == BackupStatus::Corrupt || after->status == BackupStatus::Incomplete);
        QCOMPARE(m_manager->list()->size(), 1); // no safety backup was taken for a refused restore
    }

    void strayFilesInTheFolder()
    {
        create();
        writeFile(m_manager->folder() + "/notes.txt", "my notes");
        writeFile(m_manager->folder() + "/stray.db", QByteArray(5000, 'x'));
        auto all = m_manager->list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2); // notes.txt is not a backup; stray.db is listed, as incomplete
        auto stray = m_manager->find("stray.db");
        QCOMPARE(stray->status, BackupStatus::Incomplete);
        const QByteArray live = fileHash(m_db);
        QVERIFY(!m_manager->restore("stray.db"));
        QCOMPARE(fileHash(m_db), live);
    }

    void readOnlyFolderIsAClearError()
    {
        QDir().mkpath(m_manager->folder());
        if (!makeFolderReadOnly(m_manager->folder()))
            QSKIP("this filesystem cannot make a folder read-only for this user");
        const QByteArray live = fileHash(m_db);
        auto b = m_manager->create("read-only");
        makeFolderWritable(m_manager->folder());
        QVERIFY(!b);
        QVERIFY2(b.error().code == ErrorCode::ReadOnly || b.error().code == ErrorCode::CannotOpen,
                 qPrintable(errorCodeName(b.error().code)));
        QVERIFY(b.error().message.contains("backup"));
        QCOMPARE(fileHash(m_db), live);
        QVERIFY(QDir(m_manager->folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void notEnoughSpaceIsRefusedBeforeWriting()
    {
        m_manager->setFreeSpaceProbe([](const QString&) { return qint64(1000); });
        auto b = m_manager->create("no space");
        QVERIFY(!b);
        QCOMPARE(b.error().code, ErrorCode::DiskFull);
        QVERIFY(b.error().message.contains("free"));
        QVERIFY(QDir(m_manager->folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void lockedDatabase()
    {
        const auto b = create();
        const QByteArray live = fileHash(m_db);
        LockHolder lock(m_db, QStringLiteral("exclusive"));
        QVERIFY(lock.isHolding());
        auto c = m_manager->create("while locked");
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::Busy);
        QVERIFY(QDir(m_manager->folder()).entryList({"*.partial"}, QDir::Files).isEmpty());
        auto r = m_manager->restore(b.id);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Busy);
        lock.release();
        QCOMPARE(fileHash(m_db), live);
    }

    void leftoversAreRemoved()
    {
        QDir().mkpath(m_manager->folder());
        writeFile(m_manager->folder() + "/live-2026-01-01-000000.db.partial", "half");
        writeFile(m_manager->folder() + "/live-2026-01-01-000000.db.json.Xa1b2c", "{");
        // One written by a process that is gone, one by a process that still runs (pid 1 always does).
        QProcess gone;
        gone.start("sleep", {"0"});
        QVERIFY(gone.waitForStarted(10000));
        const qint64 gonePid = gone.processId();
        QVERIFY(gone.waitForFinished(10000));
        writeFile(m_manager->folder() + QStringLiteral("/live-2026-01-01-000001.db.%1-00ab.partial").arg(gonePid), "x");
        writeFile(m_manager->folder() + "/live-2026-01-01-000002.db.1-00cd.partial", "busy");
        const QStringList removed = m_manager->removeLeftovers();
        QCOMPARE(removed.size(), 3);
        QCOMPARE(QDir(m_manager->folder()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{"live-2026-01-01-000002.db.1-00cd.partial"});
    }

    void retentionKeepsPinnedNewestValidAndMigrationBackups()
    {
        QStringList ids;
        for (int i = 0; i < 7; ++i)
            ids << create(i == 1 ? QStringLiteral("before migration 7") : QStringLiteral("scheduled %1").arg(i)).id;
        // ids[6] is the newest. Pin ids[0]; verify ids[3] (the newest valid); ids[1] was taken before a migration.
        QVERIFY(m_manager->setPinned(ids[0], true));
        QVERIFY(m_manager->verify(ids[3])->ok);
        writeFile(m_manager->folder() + "/live-2000-01-01-000000.db", "garbage"); // incomplete: never auto-deleted
        auto plan = m_manager->planRetention(2);
        QVERIFY(plan);
        QCOMPARE(plan->protectedIds, (QStringList{ids[3], ids[1], ids[0]}));
        QCOMPARE(plan->remove, (QStringList{ids[2], ids[4]}));
        QVERIFY(plan->keep.contains(ids[6]) && plan->keep.contains(ids[5]));
        auto dry = m_manager->cleanup(2, true);
        QVERIFY(dry);
        QCOMPARE(m_manager->list()->size(), 8);
        auto done = m_manager->cleanup(2, false);
        QVERIFY(done);
        QCOMPARE(m_manager->list()->size(), 6);
        QVERIFY(!QFile::exists(m_manager->folder() + "/" + ids[2]));
        QVERIFY(!QFile::exists(m_manager->folder() + "/" + ids[2] + ".json"));
        // A pinned backup is never deleted, even by hand, until unpinned.
        QCOMPARE(m_manager->remove(ids[0]).error().code, ErrorCode::InvalidArgument);
        QVERIFY(m_manager->setPinned(ids[0], false));
        QVERIFY(m_manager->remove(ids[0]));
    }

    void compareShowsSchemaAndRowDifferences()
    {
        execSql(m_db, "CREATE TABLE dropped_later (x); INSERT INTO dropped_later VALUES (1), (2);");
        const auto b = create();
        execSql(m_db, "DROP TABLE dropped_later; CREATE TABLE added_later (y); DELETE FROM items WHERE id <= 100;"
                      "CREATE INDEX items_qty ON items(qty);");
        auto cmp = m_manager->compare(b.id);
        QVERIFY(cmp);
        QVERIFY(!cmp->identical());
        QStringList changes;
        for (const auto& c : cmp->schemaChanges)
            changes << QStringLiteral("%1:%2:%3").arg(int(c.kind)).arg(schemaObjectTypeName(c.type), c.name);
        changes.sort();
        QCOMPARE(changes, (QStringList{"0:index:items_qty", "0:table:added_later", "1:table:dropped_later"}));
        bool sawItems = false;
        for (const auto& t : cmp->tables)
            if (t.table == "items") {
                sawItems = true;
                QCOMPARE(t.rowsBefore, 500);
                QCOMPARE(t.rowsAfter, 400);
                QCOMPARE(t.removed, 100);
                QCOMPARE(t.added, 0);
                QCOMPARE(t.changed, 0);
            }
        QVERIFY(sawItems);
        // What a restore would lose: rows only the live database has.
        execSql(m_db, "INSERT INTO added_later VALUES (1), (2), (3)");
        auto again = m_manager->compare(b.id);
        QCOMPARE(again->rowsLostGoingBack().size(), 1);
        QCOMPARE(again->rowsLostGoingBack().first().table, QStringLiteral("added_later"));
        QCOMPARE(again->rowsLostGoingBack().first().added, 3);
        QCOMPARE(again->rowsLostGoingBack().first().rowsAfter, 3);
    }

    // Issue 14: a 0-byte file is a valid, empty SQLite database; backing it up failed with "Reading … failed".
    void anEmptyDatabaseFileBacksUpRestoresAndMigrates()
    {
        QTemporaryDir d;
        const QString db = d.filePath("empty.db");
        writeFile(db, {});
        BackupManager manager(db, d.filePath("bk"));
        auto b = manager.create(QStringLiteral("empty"));
        QVERIFY2(b, b ? "" : qPrintable(b.error().toText()));
        QCOMPARE(b->fileSize, 0);
        auto v = manager.verify(b->id);
        QVERIFY2(v && v->ok, v ? qPrintable(v->problems.join(';')) : qPrintable(v.error().toText()));
        execSql(db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
        auto r = manager.restore(b->id);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toText()));
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema"), QStringLiteral("0"));
        QVERIFY(r->quickCheckProblems.isEmpty());

        writeFile(db, {});
        const QString folder = d.filePath("migrations");
        writeDbmateTables(folder, 2);
        Migrator m(db, folder, d.filePath("bk"));
        auto done = m.migrate();
        QVERIFY2(done, done ? "" : qPrintable(done.error().toText()));
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 't\\_%' ESCAPE '\\'"),
                 QStringLiteral("2"));
    }

    void moveAllToBringsEveryBackupWhole()
    {
        const auto a = create();
        const auto b = create();
        QTemporaryDir other;
        const QString target = other.filePath("new/place");
        // A name already taken there: refused before anything moves.
        QDir().mkpath(target);
        writeFile(target + "/" + a.id, "someone else's file");
        auto refused = m_manager->moveAllTo(target);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(a.id));
        QCOMPARE(m_manager->list()->size(), 2);
        QFile::remove(target + "/" + a.id);

        // The live database in the same folder as its backups (a folder set to the database's own) never moves.
        BackupManager beside(m_db, QFileInfo(m_db).absolutePath());
        auto nothing = beside.moveAllTo(other.filePath("elsewhere"));
        QVERIFY(nothing);
        QCOMPARE(nothing->moved, 0);
        QVERIFY(QFileInfo::exists(m_db));

        auto moved = m_manager->moveAllTo(target);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().toText()));
        QCOMPARE(moved->moved, 2);
        QCOMPARE(moved->left, 0);
        QVERIFY(moved->stopped.isEmpty());
        QCOMPARE(m_manager->list()->size(), 0);
        BackupManager there(m_db, target);
        auto listed = there.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        for (const auto& x : listed.value()) {
            QVERIFY(x.hasMetadata);
            QVERIFY(x.id == a.id || x.id == b.id);
            auto v = there.verify(x.id);
            QVERIFY(v && v->ok);
        }
        // Cancelled part way: what moved is whole there, the rest is here, and the outcome says so.
        create();
        create();
        CancelAfter cancel(1);
        auto part = m_manager->moveAllTo(other.filePath("third"), &cancel);
        QVERIFY(part);
        QCOMPARE(part->moved, 1);
        QCOMPARE(part->left, 1);
        QVERIFY(part->cancelled && !part->stopped.isEmpty());
        QCOMPARE(m_manager->list()->size(), 1);
        QCOMPARE(BackupManager(m_db, other.filePath("third")).list()->size(), 1);
    }

    void importValidatesTheFile()
    {
        QTemporaryDir other;
        const QString good = createSampleDatabase(other.path(), "good.db", 7);
        auto b = m_manager->importFile(good, "imported");
        QVERIFY2(b, b ? "" : qPrintable(b.error().toText()));
        QCOMPARE(content(b->path), content(good));
        const QString bad = other.filePath("bad.db");
        writeFile(bad, QByteArray("PNG\x89").repeated(1000));
        auto refused = m_manager->importFile(bad, "bad");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotADatabase);
        QCOMPARE(m_manager->list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupManager)
#include "TestBackupManager.moc"
