// A real steward-cli process killed with SIGKILL at random moments during a backup and during a restore. After
// every kill: the live database passes integrity_check, no backup is listed as valid (or unverified) that does not
// verify, leftovers are cleaned up on the next start, and a restore left the live content exactly old or exactly new.
// STEWARD_CRASH_RUNS sets the number of kills per operation (default 50).
#include "TestSupport.h"

#include "backup/BackupManager.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace steward;
using namespace steward::test;

class TestBackupCrash : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

    static QString content(const QString& db)
    {
        return queryString(
            db, "SELECT count(*) || ':' || coalesce(sum(qty), 0) || ':' || (SELECT count(*) FROM filler) FROM items");
    }

    // The invariants that hold after any kill.
    void checkInvariants(const QString& db, const QString& folder)
    {
        // No lock is left behind: a write goes through at once. (A read-write open is also what rolls back the
        // journal of a killed restore, as the next Steward start would.)
        execSql(db, "BEGIN IMMEDIATE; ROLLBACK;");
        QCOMPARE(queryString(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
        BackupManager manager(db, folder);
        manager.removeLeftovers(); // what the next start does
        QVERIFY(QDir(folder).entryList({"*.partial*", "*.json.*"}, QDir::Files | QDir::Hidden).isEmpty());
        auto all = manager.list();
        QVERIFY(all);
        for (const auto& b : all.value()) {
            if (b.status != BackupStatus::Valid && b.status != BackupStatus::Unverified)
                continue;
            auto v = manager.verify(b.id);
            QVERIFY(v);
            QVERIFY2(v->ok, qPrintable(b.id + " was listed as " + backupStatusName(b.status) +
                                       " but: " + v->problems.join(' ')));
        }
    }

private slots:
    void killedDuringBackup()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "live.db", 2000);
        execSql(db, "CREATE TABLE filler (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < 3000) INSERT INTO filler SELECT randomblob(3000) FROM n;");
        const QString folder = dir.filePath("backups");
        const QByteArray live = fileHash(db);
        const QStringList args{"backup", "create", "--db", db, "--backups", folder, "--reason", "crash test"};
        const qint64 lifetime = runCliToEnd(m_data.path(), args);
        int completed = 0;
        for (int i = 0; i < crashRuns(); ++i) {
            runCliAndKill(m_data.path(), args, lifetime);
            checkInvariants(db, folder);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(fileHash(db), live); // a backup never changes the live database
            // Count and remove what this kill left (verified above): the folder stays small, so every check costs
            // the same however many kills a long run makes.
            BackupManager manager(db, folder);
            for (const auto& b : manager.list().value()) {
                completed += b.status != BackupStatus::Incomplete;
                (void)manager.remove(b.id);
            }
        }
        qInfo("%d kills during backup; %d backups completed before their kill", crashRuns(), completed);
    }

    void killedDuringRestore()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "live.db", 2000);
        execSql(db, "CREATE TABLE filler (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < 3000) INSERT INTO filler SELECT randomblob(3000) FROM n;");
        const QString folder = dir.filePath("backups");
        BackupManager manager(db, folder);
        auto b = manager.create("state A");
        QVERIFY(b);
        const QString stateA = content(db);
        // State C differs in every table.
        execSql(db, "DELETE FROM items WHERE id % 3 = 0; UPDATE items SET qty = qty + 1; DELETE FROM filler WHERE "
                    "rowid % 2 = 0;");
        const QString stateC = content(db);
        QVERIFY(stateA != stateC);
        const QStringList args{"backup", "restore", b->id, "--yes", "--db", db, "--backups", folder};
        int restored = 0, untouched = 0;
        const QString snapshotC = dir.filePath("state-c.db");
        QVERIFY(QFile::copy(db, snapshotC));
        qint64 lifetime = runCliToEnd(m_data.path(), args);
        QCOMPARE(content(db), stateA);
        for (int i = 0; i < crashRuns(); ++i) {
            // Back to state C for the next kill (the live database is closed: no process is running).
            QFile::remove(db);
            QVERIFY(QFile::copy(snapshotC, db));
            runCliAndKill(m_data.path(), args, lifetime);
            checkInvariants(db, folder);
            if (QTest::currentTestFailed())
                return;
            const QString now = content(db);
            QVERIFY2(now == stateA || now == stateC, qPrintable("half-restored: " + now));
            (now == stateA ? restored : untouched)++;
            // Keep the folder small: safety backups pile up otherwise.
            for (const auto& x : manager.list().value())
                if (x.id != b->id)
                    (void)manager.remove(x.id);
        }
        qInfo("%d kills during restore: %d finished before the kill, %d left the old content", crashRuns(), restored,
              untouched);
    }
};

QTEST_GUILESS_MAIN(TestBackupCrash)
#include "TestBackupCrash.moc"
