// A real steward-cli killed with SIGKILL at random moments while it migrates and while it rolls back. After every
// kill the schema and the migration history agree: a migration is recorded as applied exactly when its changes are
// in the database, no lock is left, leftovers are cleaned up by the next start, and every backup taken before a
// change that is listed as good verifies. STEWARD_CRASH_RUNS sets the number of kills per operation (default 200).
#include "TestSupport.h"

#include "backup/BackupManager.h"
#include "migrations/Migrator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace steward;
using namespace steward::test;

class TestMigrationCrash : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

    // Twelve migrations that each create t_<version> with 600 KB of rows, laid out as each tool writes them (the
    // version Steward shows is the table's suffix: the number, Flyway's rank, Prisma's timestamp).
    static void writeSet(const QString& folder, const QString& format)
    {
        QDir().mkpath(folder);
        for (int k = 1; k <= 12; ++k) {
            const qint64 version = format == "prisma" ? 20240101000000LL + k : k;
            const QString up = QStringLiteral("CREATE TABLE t_%1 (v BLOB);\nWITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                              "SELECT i + 1 FROM n WHERE i < 300) INSERT INTO t_%1 SELECT "
                                              "randomblob(2000) FROM n;\n")
                                   .arg(version);
            const QString down = QStringLiteral("DROP TABLE t_%1;\n").arg(version);
            if (format == "dbmate") {
                writeFile(QStringLiteral("%1/%2_table_%3.sql").arg(folder).arg(k, 3, 10, QLatin1Char('0')).arg(k),
                          ("-- migrate:up\n" + up + "-- migrate:down\n" + down).toUtf8());
            } else if (format == "goose") {
                writeFile(QStringLiteral("%1/%2_table_%3.sql").arg(folder).arg(k, 5, 10, QLatin1Char('0')).arg(k),
                          ("-- +goose Up\n" + up + "-- +goose Down\n" + down).toUtf8());
            } else if (format == "flyway") {
                writeFile(QStringLiteral("%1/V%2__table_%2.sql").arg(folder).arg(k), up.toUtf8());
                writeFile(QStringLiteral("%1/U%2__table_%2.sql").arg(folder).arg(k), down.toUtf8());
            } else { // prisma
                const QString dir = QStringLiteral("%1/%2_table_%3").arg(folder).arg(version).arg(k);
                QDir().mkpath(dir);
                writeFile(dir + "/migration.sql", up.toUtf8());
                writeFile(dir + "/down.sql", down.toUtf8());
            }
        }
    }

    // Applied in the registry ⇔ its table exists.
    void checkAgreement(const QString& db, const QString& folder)
    {
        execSql(db, "BEGIN IMMEDIATE; ROLLBACK;"); // rolls back a killed transaction, as the next start would
        QCOMPARE(queryString(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
        Migrator m(db, folder);
        auto states = m.status();
        QVERIFY(states);
        for (const auto& s : states.value()) {
            const bool exists =
                queryString(db,
                            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 't_%1'").arg(s.version)) ==
                QLatin1String("1");
            QVERIFY2(s.isApplied() == exists, qPrintable(QStringLiteral("version %1: %2, table %3")
                                                             .arg(s.version)
                                                             .arg(migrationStatusName(s.status))
                                                             .arg(exists ? "exists" : "missing")));
        }
    }

private slots:
    // dbmate (Steward's journal beside the database's table) and the row-per-migration tables of goose, Flyway's
    // log and Prisma's rows: killed at any moment, the tool's table and the schema agree.
    void killedDuringMigrateAndRollback_data()
    {
        QTest::addColumn<QString>("format");
        for (const char* f : {"dbmate", "goose", "flyway", "prisma"})
            QTest::addRow("%s", f) << QString::fromLatin1(f);
    }
    void killedDuringMigrateAndRollback()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString folder = dir.filePath("migrations");
        writeSet(folder, format);
        const QString db = dir.filePath("app.db");
        execSql(db, "PRAGMA user_version = 1");
        const QStringList migrate{"migrations", "migrate", "--db", db, "--migrations", folder};
        const QStringList rollback{"migrations", "rollback", "0", "--yes", "--db", db, "--migrations", folder};
        const qint64 up = runCliToEnd(m_data.path(), migrate), down = runCliToEnd(m_data.path(), rollback);
        int kills = 0;
        for (int i = 0; i < crashRuns(); ++i) {
            runCliAndKill(m_data.path(), migrate, up);
            checkAgreement(db, folder);
            runCliAndKill(m_data.path(), rollback, down);
            checkAgreement(db, folder);
            if (QTest::currentTestFailed())
                return;
            kills += 2;
            BackupManager backups(db, dir.filePath("backups"));
            backups.removeLeftovers(); // what the next start does
            auto list = backups.list();
            QVERIFY(list);
            for (const auto& b : list.value()) {
                QVERIFY2(!b.id.contains(".tmp") && !b.id.startsWith('.'), qPrintable("leftover: " + b.id));
                if (b.status == BackupStatus::Valid || b.status == BackupStatus::Unverified) {
                    auto v = backups.verify(b.id);
                    QVERIFY2(v && v->ok, qPrintable("the backup before the change does not verify: " + b.id));
                }
            }
            // Keep the backups folder small.
            for (const QString& f : QDir(dir.filePath("backups")).entryList(QDir::Files))
                QFile::remove(dir.filePath("backups/" + f));
        }
        qInfo("%s: %d kills during migrate and rollback; schema and history agreed after each", qPrintable(format),
              kills);
    }
};

QTEST_GUILESS_MAIN(TestMigrationCrash)
#include "TestMigrationCrash.moc"
