#include "TestSupport.h"

#include "Audit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::test;

class TestAudit : public QObject {
    Q_OBJECT

    static AuditEntry entry(const QString& action, const QString& target)
    {
        AuditEntry e;
        e.action = action;
        e.database = QStringLiteral("/data/app.db");
        e.target = target;
        e.outcome = QStringLiteral("ok");
        e.detail = QStringLiteral("detail of ") + target;
        return e;
    }

private slots:
    void recordsWithTimeFromTheClock()
    {
        QTemporaryDir dir;
        ManualClock clock;
        AuditTrail trail(dir.filePath("steward.db"), dir.filePath("pending.jsonl"), clock);
        QVERIFY(trail.record(entry("backup", "a.db")));
        clock.advance(std::chrono::seconds(5));
        QVERIFY(trail.record(entry("restore", "a.db")));
        auto recent = trail.recent(10);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->at(0).action, QStringLiteral("restore"));
        QCOMPARE(recent->at(0).time, clock.nowUtc());
        QCOMPARE(recent->at(1).time, clock.nowUtc().addSecs(-5));
        QCOMPARE(recent->at(1).detail, QStringLiteral("detail of a.db"));
        QVERIFY(!QFile::exists(dir.filePath("pending.jsonl")));
        // Never in the user's database: the store is its own file.
        QCOMPARE(queryString(dir.filePath("steward.db"), "SELECT count(*) FROM audit_log"), QStringLiteral("2"));
    }

    void unwritableStoreFallsBackThenReplays()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath("steward.db");
        // A folder where the store should be: it cannot be opened as a database.
        QVERIFY(QDir().mkdir(store));
        AuditTrail trail(store, dir.filePath("pending.jsonl"));
        QVERIFY(trail.record(entry("migrate", "v5")));
        QVERIFY(trail.record(entry("rollback", "v4")));
        QCOMPARE(trail.pendingInFallback(), 2);
        QVERIFY(!trail.recent(10));

        QVERIFY(QDir().rmdir(store));
        auto moved = trail.replayFallback();
        QVERIFY(moved);
        QCOMPARE(moved.value(), 2);
        QCOMPARE(trail.pendingInFallback(), 0);
        QVERIFY(!QFile::exists(dir.filePath("pending.jsonl")));
        auto recent = trail.recent(10);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 2);
    }

    void lockedStoreFallsBackAndNextRecordReplays()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath("steward.db");
        AuditTrail trail(store, dir.filePath("pending.jsonl"));
        QVERIFY(trail.record(entry("backup", "first")));
        {
            LockHolder lock(store, QStringLiteral("exclusive"));
            QVERIFY(lock.isHolding());
            QVERIFY(trail.record(entry("backup", "while locked")));
            QCOMPARE(trail.pendingInFallback(), 1);
        }
        QVERIFY(trail.record(entry("backup", "after")));
        QCOMPARE(trail.pendingInFallback(), 0);
        auto recent = trail.recent(10);
        QVERIFY(recent);
        QStringList targets;
        for (const auto& e : recent.value())
            targets << e.target;
        QCOMPARE(targets, (QStringList{"after", "while locked", "first"}));
    }

    void replayIsIdempotentAndSkipsTornLines()
    {
        QTemporaryDir dir;
        AuditTrail trail(dir.filePath("steward.db"), dir.filePath("pending.jsonl"));
        AuditEntry e = entry("repair", "v3");
        e.uid = QStringLiteral("fixed-uid");
        e.time = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        QVERIFY(trail.record(e));
        // As if a crash came after the store's commit but before the fallback file was removed, with a torn line.
        writeFile(dir.filePath("pending.jsonl"),
                  R"({"uid":"fixed-uid","time":"2026-03-01T10:00:00.000Z","action":"repair","outcome":"ok"})"
                  "\n{\"uid\":\"torn");
        QCOMPARE(trail.replayFallback().value(), 1);
        QCOMPARE(trail.recent(10)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "TestAudit.moc"
