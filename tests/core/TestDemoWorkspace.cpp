#include "TestSupport.h"

#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "demo/DemoWorkspace.h"
#include "migrations/MigrationFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::test;

class TestDemoWorkspace : public QObject {
    Q_OBJECT

    static QStringList allFiles(const QString& root)
    {
        QStringList out;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << QDir(root).relativeFilePath(it.next());
        out.sort();
        return out;
    }

private slots:
    void createsTheNovelistDemoInsideItsFolderOnly()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("demo"));
        auto ws = ensureDemoWorkspace(folder);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().toText()));
        QVERIFY(ws->created);
        QCOMPARE(ws->databasePath, folder + QStringLiteral("/novelist.db"));

        // Nothing outside its folder, nothing temporary left.
        QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("demo")});
        const QStringList files = allFiles(folder);
        QCOMPARE(files.size(), 17);
        QVERIFY(files.contains(QStringLiteral("novelist.db")));
        QVERIFY(files.contains(QStringLiteral("migrations/016_enhanced_migration_tracking.sql")));

        const QString db = ws->databasePath;
        QCOMPARE(queryString(db, "SELECT count(*) FROM schema_migrations"), QStringLiteral("16"));
        QCOMPARE(queryString(db, "SELECT max(version) FROM schema_migrations"), QStringLiteral("16"));
        QCOMPARE(queryString(db, "SELECT name FROM schema_migrations WHERE version = 16"),
                 QStringLiteral("enhanced_migration_tracking"));
        QCOMPARE(queryString(db, "PRAGMA user_version"), QStringLiteral("16"));
        // Checksums recorded match the files' up sections.
        auto m16 = MigrationFile::load(folder + QStringLiteral("/migrations/016_enhanced_migration_tracking.sql"));
        QVERIFY(m16);
        QCOMPARE(queryString(db, "SELECT checksum FROM schema_migrations WHERE version = 16"), m16->checksum);
        QCOMPARE(queryString(db, "SELECT count(*) FROM schema_migrations WHERE checksum IS NULL OR name IS NULL"),
                 QStringLiteral("0"));
        // The schema of migration 016.
        QCOMPARE(queryString(db, "SELECT group_concat(name || ':' || type || ':' || \"notnull\" || ':' || pk, ',') "
                                 "FROM pragma_table_info('query_performance')"),
                 QStringLiteral("id:TEXT:0:1,sql:TEXT:1:0,duration_ms:INTEGER:1:0,timestamp:TEXT:0:0,params:TEXT:0:0"));
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                                 "'query_performance' AND sql IS NOT NULL"),
                 QStringLiteral("2"));
        // What the application's own monitor recorded over the last day, for the slow-query view.
        QCOMPARE(queryString(db, "SELECT count(*) FROM query_performance WHERE timestamp >= datetime('now', '-1 day') "
                                 "AND duration_ms >= 100"),
                 QStringLiteral("480"));
        QVERIFY(queryString(db, "SELECT count(DISTINCT sql) FROM query_performance").toInt() >= 4);
        QVERIFY(queryString(db, "SELECT count(*) FROM pragma_table_info('schema_migrations') WHERE name IN "
                                "('name', 'checksum', 'rolled_back_at')") == QStringLiteral("3"));
        // A few thousand realistic rows across the novel-writing tables.
        for (const char* table : {"projects", "books", "chapters", "series_mysteries", "characters"})
            QVERIFY2(queryString(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt() > 10, table);
        const int total = queryString(db, "SELECT (SELECT count(*) FROM projects) + (SELECT count(*) FROM books) + "
                                          "(SELECT count(*) FROM chapters) + (SELECT count(*) FROM characters) + "
                                          "(SELECT count(*) FROM chapter_characters) + "
                                          "(SELECT count(*) FROM writing_sessions)")
                              .toInt();
        QVERIFY2(total > 3000, qPrintable(QString::number(total)));
        QCOMPARE(queryString(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(queryString(db, "SELECT count(*) FROM pragma_foreign_key_check"), QStringLiteral("0"));
    }

    void reusesAnExistingDemo()
    {
        QTemporaryDir root;
        auto first = ensureDemoWorkspace(root.path());
        QVERIFY(first && first->created);
        execSql(first->databasePath, QStringLiteral("INSERT INTO tags (name) VALUES ('kept')"));
        const QByteArray hash = fileHash(first->databasePath);
        auto second = ensureDemoWorkspace(root.path());
        QVERIFY(second);
        QVERIFY(!second->created);
        QCOMPARE(fileHash(second->databasePath), hash);
    }

    void everyDemoMigrationRollsBackCleanly()
    {
        // The down sections must undo the up sections, so the later rollback feature has a real demo to work on.
        QTemporaryDir root;
        auto ws = ensureDemoWorkspace(root.path());
        QVERIFY(ws);
        QDir dir(ws->migrationsDir);
        QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 16);
        auto c = Connection::open(ws->databasePath);
        QVERIFY(c);
        for (auto it = names.crbegin(); it != names.crend(); ++it) {
            auto m = MigrationFile::load(dir.filePath(*it));
            QVERIFY(m);
            QVERIFY2(m->hasDown, qPrintable(*it));
            auto r = c.value()->execScript(m->downSql);
            QVERIFY2(r, qPrintable(*it + QStringLiteral(": ") + (r ? QString() : r.error().toText())));
        }
        auto objects = c.value()->engine().schemaObjects(*c.value());
        QVERIFY(objects);
        QStringList left;
        for (const auto& o : objects.value())
            left << o.name;
        QCOMPARE(left, QStringList{QStringLiteral("schema_migrations")});
    }

    void unwritableFolderIsAClearError()
    {
        QTemporaryDir root;
        const QString blocker = root.filePath(QStringLiteral("file"));
        writeFile(blocker, "not a folder");
        auto ws = ensureDemoWorkspace(blocker + QStringLiteral("/demo"));
        QVERIFY(!ws);
        QVERIFY(ws.error().message.contains(QStringLiteral("demo")));
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "TestDemoWorkspace.moc"
