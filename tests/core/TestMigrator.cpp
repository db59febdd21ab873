// Migrations on real database files: apply, fail, roll back, dry run, adopt, checksums, concurrency.
#include "TestSupport.h"

#include "backup/BackupManager.h"
#include "migrations/MigrationSet.h"
#include "migrations/Migrator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::test;

namespace {

// Migration k of a 20-step set: odd steps create a table with a row, even steps add a column and an index to the
// table before; step 10 adds a trigger (with ';' in its body).
QString upOf(int k)
{
    if (k == 10)
        return QStringLiteral(
            "CREATE TRIGGER trg_10 AFTER INSERT ON t_9 BEGIN\n    UPDATE t_9 SET v = v || '!' WHERE id = "
            "NEW.id;\nEND;\n");
    if (k % 2 == 1)
        return QStringLiteral("CREATE TABLE t_%1 (id INTEGER PRIMARY KEY, v TEXT);\nINSERT INTO t_%1 (v) VALUES ('row "
                              "%1');\n")
            .arg(k);
    return QStringLiteral("ALTER TABLE t_%1 ADD COLUMN c_%2 TEXT DEFAULT 'x';\nCREATE INDEX i_%2 ON t_%1(c_%2);\n")
        .arg(k - 1)
        .arg(k);
}
QString downOf(int k)
{
    if (k == 10)
        return QStringLiteral("DROP TRIGGER trg_10;\n");
    if (k % 2 == 1)
        return QStringLiteral("DROP TABLE t_%1;\n").arg(k);
    return QStringLiteral("DROP INDEX i_%2;\nALTER TABLE t_%1 DROP COLUMN c_%2;\n").arg(k - 1).arg(k);
}

QString fileName(int k)
{
    return QStringLiteral("%1_step_%2.sql").arg(k, 3, 10, QLatin1Char('0')).arg(k);
}

void writeSet(const QString& folder, int count, int failingUp = 0, int failingDown = 0)
{
    QDir().mkpath(folder);
    for (int k = 1; k <= count; ++k) {
        QString up = upOf(k);
        if (k == failingUp)
            up = QStringLiteral("CREATE TABLE half_%1 (x);\nINSERT INTO no_such_table VALUES (1);\n").arg(k);
        QString down = k == failingDown ? QStringLiteral("DROP TABLE no_such_table_%1;\n").arg(k) : downOf(k);
        writeFile(folder + "/" + fileName(k),
                  QStringLiteral("-- migrate:up\n%1\n-- migrate:down\n%2").arg(up, down).toUtf8());
    }
}

// The user's schema, without Steward's bookkeeping.
QString signature(const QString& db)
{
    return queryString(db,
                       "SELECT coalesce(group_concat(type || ':' || name || ':' || coalesce(sql, ''), char(10)), '') "
                       "FROM (SELECT * FROM sqlite_schema WHERE tbl_name NOT IN ('schema_migrations', "
                       "'steward_migrations', 'schema_migrations_history') ORDER BY type, name)");
}

// Steward's journal (in its data folder, never the database): how many events of a kind, and all as one string.
int eventCount(Migrator& m, const QString& event)
{
    int n = 0;
    for (const auto& e : m.history().value())
        n += e.event == event ? 1 : 0;
    return n;
}
QString events(Migrator& m)
{
    QStringList out;
    for (const auto& e : m.history().value())
        out << QString::number(e.version) + e.event;
    return out.join(',');
}

QString appliedVersions(Migrator& m)
{
    QStringList out;
    for (const auto& s : m.status().value())
        if (s.isApplied())
            out << QString::number(s.version);
    return out.join(',');
}

} // namespace

class TestMigrator : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db, m_folder;

    Migrator migrator(const QString& db, const QString& folder, bool backups = false)
    {
        Migrator m(db, folder, QFileInfo(db).absolutePath() + "/backups");
        m.setBackupsEnabled(backups);
        m.setBusyTimeoutMs(5000);
        return m;
    }
    QString freshDb(const QString& name)
    {
        const QString path = m_dir->filePath(name);
        execSql(path, "PRAGMA user_version = 0");
        return path;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_folder = m_dir->filePath("migrations");
        writeSet(m_folder, 20);
        m_db = freshDb("app.db");
    }

    void appliesEverythingAndRecordsIt()
    {
        Migrator m = migrator(m_db, m_folder, true);
        auto plan = m.planMigrate();
        QVERIFY(plan);
        QCOMPARE(plan->steps.size(), 20);
        auto r = m.migrate();
        QVERIFY2(r, r ? "" : qPrintable(r.error().toText()));
        QCOMPARE(r->versions.size(), 20);
        QVERIFY(r->backupId.contains("before") || !r->backupId.isEmpty());
        auto backups = BackupManager(m_db, m_dir->filePath("backups")).list();
        QCOMPARE(backups->size(), 1);
        QCOMPARE(backups->first().metadata.reason, QStringLiteral("before migration 20"));
        for (const auto& s : m.status().value()) {
            QCOMPARE(migrationStatusName(s.status), QStringLiteral("applied"));
            QCOMPARE(s.appliedChecksum, s.fileChecksum);
            QVERIFY(s.executionMs >= 0);
            QCOMPARE(s.downSource, QStringLiteral("stored"));
        }
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM schema_migrations"), QStringLiteral("20"));
        QCOMPARE(eventCount(m, "applied"), 20);
        // Promise 1: nothing of Steward's in the user's database; its records are in its data folder.
        QCOMPARE(queryString(m_db, "SELECT group_concat(name) FROM sqlite_schema WHERE name LIKE 'steward%' OR name "
                                   "LIKE '%history%'"),
                 QString());
        QVERIFY(QFileInfo::exists(qEnvironmentVariable("STEWARD_DATA_DIR") + "/migrations.db"));
        // The trigger with ';' inside its body was applied whole.
        execSql(m_db, "INSERT INTO t_9 (v) VALUES ('new')");
        QCOMPARE(queryString(m_db, "SELECT v FROM t_9 ORDER BY id DESC LIMIT 1"), QStringLiteral("new!"));
        QVERIFY(m.validate()->isEmpty());
        // Nothing left to do.
        QCOMPARE(m.migrate()->versions.size(), 0);
    }

    void rollbackToEveryVersionEqualsApplyingUpToIt()
    {
        for (int k = 0; k < 20; ++k) {
            const QString a = freshDb(QStringLiteral("a%1.db").arg(k));
            const QString b = freshDb(QStringLiteral("b%1.db").arg(k));
            Migrator ma = migrator(a, m_folder);
            QVERIFY(ma.migrate());
            auto back = ma.rollbackTo(k);
            QVERIFY2(back, back ? "" : qPrintable(back.error().toText()));
            QCOMPARE(back->versions.size(), 20 - k);
            Migrator mb = migrator(b, m_folder);
            if (k > 0)
                QVERIFY(mb.migrate(k));
            QCOMPARE(signature(a), signature(b));
            QCOMPARE(appliedVersions(ma), appliedVersions(mb));
        }
    }

    void failureAtEveryStepLeavesTheStateBeforeIt()
    {
        for (int k = 1; k <= 20; ++k) {
            const QString folder = m_dir->filePath(QStringLiteral("failing-%1").arg(k));
            writeSet(folder, 20, k);
            const QString db = freshDb(QStringLiteral("fail%1.db").arg(k));
            const QString expected = freshDb(QStringLiteral("expected%1.db").arg(k));
            Migrator good = migrator(expected, m_folder);
            if (k > 1)
                QVERIFY(good.migrate(k - 1));
            Migrator m = migrator(db, folder);
            auto r = m.migrate();
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(fileName(k) + ", line 3"), qPrintable(r.error().message));
            QVERIFY(r.error().message.contains("no_such_table"));
            QCOMPARE(signature(db), signature(expected));
            QCOMPARE(appliedVersions(m), appliedVersions(good));
            auto states = m.status().value();
            QCOMPARE(migrationStatusName(states[k - 1].status), QStringLiteral("failed"));
            QCOMPARE(m.validate()->size(), 1);
        }
    }

    void aFailingDownLeavesEverythingAsBefore()
    {
        const QString folder = m_dir->filePath("bad-down");
        writeSet(folder, 20, 0, 7);
        Migrator m = migrator(m_db, folder);
        QVERIFY(m.migrate());
        const QString before = signature(m_db);
        const QString history = events(m);
        QVERIFY(!history.isEmpty());
        const QString rows = queryString(m_db, "SELECT group_concat(version) FROM schema_migrations");
        auto r = m.rollbackTo(3);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(fileName(7)), qPrintable(r.error().message));
        QCOMPARE(signature(m_db), before);
        QCOMPARE(events(m), history);
        QCOMPARE(queryString(m_db, "SELECT group_concat(version) FROM schema_migrations"), rows);
        QCOMPARE(appliedVersions(m).split(',').size(), 20);
    }

    void dryRunReportsExactlyWhatTheRollbackRemoves()
    {
        Migrator m = migrator(m_db, m_folder);
        QVERIFY(m.migrate());
        execSql(m_db, "INSERT INTO t_13 (v) VALUES ('a'), ('b'); UPDATE t_11 SET c_12 = NULL WHERE id = 1;");
        const QByteArray hash = fileHash(m_db);
        auto plan = m.planRollback(11);
        QVERIFY(plan);
        auto preview = m.dryRun(plan.value());
        QVERIFY2(preview && preview->succeeded, preview ? qPrintable(preview->failure) : "");
        QCOMPARE(fileHash(m_db), hash); // the live database is never touched by a dry run
        QVERIFY(preview->losesData());
        QStringList tables;
        for (const auto& t : preview->droppedTables)
            tables << QStringLiteral("%1=%2").arg(t.table).arg(t.rows);
        tables.sort();
        QCOMPARE(tables, (QStringList{"t_13=3", "t_15=1", "t_17=1", "t_19=1"}));
        QStringList columns;
        for (const auto& c : preview->droppedColumns)
            columns << QStringLiteral("%1.%2=%3").arg(c.table, c.column).arg(c.nonNullValues);
        QCOMPARE(columns, (QStringList{"t_11.c_12=0"})); // the one value it held was set to NULL
        // The real rollback removes exactly those.
        const QStringList before =
            queryString(m_db, "SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'").split(',');
        QVERIFY(m.rollbackTo(11));
        const QStringList after =
            queryString(m_db, "SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'").split(',');
        QStringList gone;
        for (const auto& t : before)
            if (!after.contains(t))
                gone << t;
        gone.sort();
        QCOMPARE(gone, (QStringList{"t_13", "t_15", "t_17", "t_19"}));
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM pragma_table_info('t_11') WHERE name = 'c_12'"),
                 QStringLiteral("0"));
    }

    // Issue 14: the dry run compared row counts, so a migration that deletes one row and inserts another, or rewrites
    // values, was "no data lost". It now compares content by key: deleted and changed rows are counted.
    void dryRunSeesRowsDeletedOrChangedWithTheSameCount()
    {
        const QString folder = m_dir->filePath("rewrite");
        QDir().mkpath(folder);
        writeFile(
            folder + "/001_books.sql",
            "-- migrate:up\nCREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT);\n"
            "INSERT INTO books VALUES (1, 'Dune'), (2, 'Emma'), (3, 'Ulysses');\n-- migrate:down\nDROP TABLE books;\n");
        writeFile(folder + "/002_rewrite.sql",
                  "-- migrate:up\nDELETE FROM books WHERE id = 2;\nINSERT INTO books VALUES (4, 'Middlemarch');\n"
                  "UPDATE books SET title = upper(title) WHERE id = 3;\n-- migrate:down\n");
        Migrator m = migrator(m_db, folder);
        QVERIFY(m.migrate(1));
        auto plan = m.planMigrate();
        QVERIFY(plan);
        auto preview = m.dryRun(plan.value());
        QVERIFY2(preview && preview->succeeded, preview ? qPrintable(preview->failure) : "");
        QVERIFY(preview->losesData());
        QCOMPARE(preview->deletedRows.size(), 1);
        QCOMPARE(preview->deletedRows.first().table, QStringLiteral("books"));
        QCOMPARE(preview->deletedRows.first().rows, 1);
        QCOMPARE(preview->changedRows.size(), 1);
        QCOMPARE(preview->changedRows.first().rows, 1);
        QVERIFY(preview->unreadable.isEmpty());
        // The history table is bookkeeping, not the user's data: it is not part of the comparison.
        for (const auto& t : preview->content.tables)
            QVERIFY2(t.table != QLatin1String("schema_migrations"), qPrintable(t.table));
        const auto& books = preview->content.tables.first();
        QCOMPARE(books.removedSamples.first().before, QStringList{"Emma"});
        QCOMPARE(books.changedSamples.first().after, QStringList{"ULYSSES"});
    }

    // Without dbmate's binary too: a schema_migrations Steward creates is dbmate's own shape, holding each version as
    // the file name writes it ("001"), which is what dbmate compares.
    void createsDbmatesTableWithTheVersionsAsWritten()
    {
        Migrator m = migrator(m_db, m_folder);
        QVERIFY(m.migrate(3));
        QCOMPARE(queryString(m_db, "SELECT sql FROM sqlite_schema WHERE name = 'schema_migrations'"),
                 QStringLiteral("CREATE TABLE schema_migrations (version varchar(128) primary key)"));
        QCOMPARE(
            queryString(m_db, "SELECT group_concat(version || ':' || typeof(version)) FROM (SELECT version FROM "
                              "schema_migrations ORDER BY version)"),
            QStringLiteral("%1:text,%2:text,%3:text")
                .arg(fileName(1).section('_', 0, 0), fileName(2).section('_', 0, 0), fileName(3).section('_', 0, 0)));
        QVERIFY(m.rollbackTo(1));
        QCOMPARE(queryString(m_db, "SELECT group_concat(version) FROM schema_migrations"),
                 fileName(1).section('_', 0, 0));
    }

    void adoptsAPlainSchemaMigrationsTable()
    {
        execSql(m_db, "CREATE TABLE schema_migrations (version INTEGER NOT NULL); INSERT INTO schema_migrations VALUES "
                      "(1), (2);" +
                          upOf(1) + upOf(2));
        Migrator m = migrator(m_db, m_folder);
        auto states = m.status().value();
        QCOMPARE(migrationStatusName(states[0].status), QStringLiteral("applied"));
        QCOMPARE(migrationStatusName(states[1].status), QStringLiteral("applied"));
        QCOMPARE(migrationStatusName(states[2].status), QStringLiteral("pending"));
        QVERIFY(m.migrate());
        QCOMPARE(
            queryString(m_db,
                        "SELECT group_concat(version) FROM (SELECT version FROM schema_migrations ORDER BY version)"),
            QStringLiteral("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20"));
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM pragma_table_info('schema_migrations')"), QStringLiteral("1"));
    }

    void checksumRule()
    {
        Migrator m = migrator(m_db, m_folder);
        QVERIFY(m.migrate(5));
        const QString path = m_folder + "/" + fileName(3);
        const QByteArray original = readFile(path);
        // Line endings only: not a change.
        writeFile(path, QByteArray(original).replace("\n", "\r\n"));
        QCOMPARE(migrationStatusName(m.status().value()[2].status), QStringLiteral("applied"));
        // One byte: modified, and it blocks migrate.
        writeFile(path, QByteArray(original).replace("row 3", "row 4"));
        QCOMPARE(migrationStatusName(m.status().value()[2].status), QStringLiteral("modified"));
        const QStringList diff = lineDiff(m.status().value()[2].appliedUpSql, m.status().value()[2].upSql);
        QVERIFY2(diff.contains("- INSERT INTO t_3 (v) VALUES ('row 3');") &&
                     diff.contains("+ INSERT INTO t_3 (v) VALUES ('row 4');") &&
                     diff.contains("  CREATE TABLE t_3 (id INTEGER PRIMARY KEY, v TEXT);"),
                 qPrintable(diff.join('\n')));
        auto blocked = m.migrate();
        QVERIFY(!blocked);
        QVERIFY(blocked.error().message.contains(fileName(3)));
        QCOMPARE(m.validate()->size(), 1);
        QCOMPARE(m.repair().value(), 1);
        QVERIFY(m.validate()->isEmpty());
        QVERIFY(m.migrate());
        QCOMPARE(eventCount(m, "repaired"), 1);
    }

    void storedDownRunsWhenTheFileIsGone()
    {
        Migrator m = migrator(m_db, m_folder);
        QVERIFY(m.migrate(3));
        QFile::remove(m_folder + "/" + fileName(3));
        QCOMPARE(migrationStatusName(m.status().value()[2].status), QStringLiteral("missing"));
        QCOMPARE(m.validate()->size(), 1);
        QVERIFY(m.rollbackTo(2));
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM sqlite_schema WHERE name = 't_3'"), QStringLiteral("0"));
    }

    void missingDownRefusesTheRollback()
    {
        writeFile(m_folder + "/" + fileName(21), "-- migrate:up\nCREATE TABLE t_21 (x);\n");
        Migrator m = migrator(m_db, m_folder);
        QVERIFY(m.migrate());
        auto plan = m.planRollback(19);
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains("21"), qPrintable(plan.error().message));
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM sqlite_schema WHERE name = 't_21'"), QStringLiteral("1"));
    }

    void baselineMarksWithoutRunning()
    {
        Migrator m = migrator(m_db, m_folder);
        QVERIFY(m.baseline(4));
        QCOMPARE(appliedVersions(m), QStringLiteral("1,2,3,4"));
        QCOMPARE(signature(m_db), QString());
        QCOMPARE(eventCount(m, "baselined"), 4);
    }

    void outsideATransaction()
    {
        writeFile(m_folder + "/" + fileName(21),
                  "-- migrate:up transaction:false\nVACUUM;\n-- migrate:down transaction:false\nVACUUM;\n");
        Migrator m = migrator(m_db, m_folder);
        auto plan = m.planMigrate();
        QVERIFY(plan->outsideTransaction);
        QVERIFY2(m.migrate(), "");
        QCOMPARE(appliedVersions(m).split(',').size(), 21);
    }

    void badFolders_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("missing folder") << "missing"
                                        << "does not exist";
        QTest::addRow("duplicate versions") << "duplicate"
                                            << "Two migrations have the version 003";
        QTest::addRow("binary garbage") << "binary"
                                        << "binary";
        QTest::addRow("10 MB file") << "huge"
                                    << "10 MB";
        QTest::addRow("no version") << "noversion"
                                    << "version number";
        QTest::addRow("no up section") << "noup"
                                       << "migrate:up";
    }
    void badFolders()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        QString folder = m_folder;
        if (kind == "missing")
            folder = m_dir->filePath("nope");
        else if (kind == "duplicate")
            writeFile(m_folder + "/003_again.sql", "-- migrate:up\nSELECT 1;\n");
        else if (kind == "binary")
            writeFile(m_folder + "/030_blob.sql", QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
        else if (kind == "huge")
            writeFile(m_folder + "/031_huge.sql", "-- migrate:up\n" + QByteArray(11 * 1024 * 1024, ' '));
        else if (kind == "noversion")
            writeFile(m_folder + "/add_users.sql", "-- migrate:up\nSELECT 1;\n");
        else if (kind == "noup")
            writeFile(m_folder + "/032_x.sql", "-- migrate:down\nSELECT 1;\n");
        const QByteArray hash = fileHash(m_db);
        Migrator m = migrator(m_db, folder);
        auto r = m.migrate();
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QCOMPARE(fileHash(m_db), hash);
    }

    void fourProcessesApplyEveryVersionOnce()
    {
        QList<QProcess*> processes;
        for (int i = 0; i < 4; ++i) {
            auto* p = new QProcess(this);
            // The test's own STEWARD_DATA_DIR: the four processes write one journal, which this test reads.
            p->start(binaryPath("steward-cli"), {"migrations", "migrate", "--db", m_db, "--migrations", m_folder});
            processes << p;
        }
        for (auto* p : processes) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM schema_migrations"), QStringLiteral("20"));
        Migrator m = migrator(m_db, m_folder);
        QCOMPARE(eventCount(m, "applied"), 20);
        QStringList versions = events(m).split(',');
        versions.removeDuplicates();
        QCOMPARE(versions.size(), 20); // each version applied once
        QCOMPARE(queryString(m_db, "PRAGMA integrity_check"), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
