// The CLI as a user runs it: a real process, its stdout, stderr and exit code.
#include "TestSupport.h"

#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace steward::test;

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_DATA_DIR"), m_data.path());
        p.setProcessEnvironment(env);
        p.start(binaryPath(QStringLiteral("steward-cli")), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void helpAndVersion()
    {
        auto help = cli({"--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("Usage: steward-cli"));
        QVERIFY(help.out.contains("info"));
        QVERIFY(help.out.contains("Exit codes"));
        QVERIFY2(help.out.contains("4 health degraded") && help.out.contains("5 health unhealthy"),
                 qPrintable(help.out));
        auto version = cli({"--version"});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("steward-cli 0."));
        QVERIFY(version.out.contains("SQLite 3."));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no command") << QStringList{} << "No command";
        QTest::addRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
        QTest::addRow("unknown option") << QStringList{"info", "--colour"} << "colour";
        QTest::addRow("missing db") << QStringList{"info"} << "--db";
        QTest::addRow("db without value") << QStringList{"info", "--db"} << "db";
        QTest::addRow("extra argument") << QStringList{"info", "--db", "x.db", "extra"} << "extra";
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        auto r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.err.contains("--help"));
        QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
        QVERIFY(r.out.isEmpty());
    }

    void infoText()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "shop.db", 42);
        execSql(db, "PRAGMA user_version = 7; CREATE TABLE empty_one (x);");
        auto r = cli({"info", "--db", db});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.contains("SQLite 3."));
        QVERIFY(r.out.contains("user_version:   7"));
        QVERIFY(r.out.contains("Journal mode:   delete"));
        QVERIFY(QRegularExpression("items\\s+42\\n").match(r.out).hasMatch());
        QVERIFY(QRegularExpression("empty_one\\s+0\\n").match(r.out).hasMatch());
    }

    void infoJson()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "shop.db", 42);
        const QByteArray before = fileHash(db);
        auto r = cli({"--json", "info", "--db", db});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        const QJsonObject o = doc.object();
        for (const char* key : {"engine", "sqlite_version", "path", "file_size", "page_size", "page_count",
                                "freelist_count", "journal_mode", "user_version", "tables"})
            QVERIFY2(o.contains(key), key);
        QCOMPARE(o["engine"].toString(), QStringLiteral("sqlite"));
        QCOMPARE(o["file_size"].toInteger(), QFileInfo(db).size());
        QCOMPARE(o["page_size"].toInteger() * o["page_count"].toInteger(), QFileInfo(db).size());
        const QJsonArray tables = o["tables"].toArray();
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables[0].toObject()["name"].toString(), QStringLiteral("items"));
        QCOMPARE(tables[0].toObject()["rows"].toInteger(), 42);
        QCOMPARE(fileHash(db), before);
        QVERIFY(sideFiles(db).isEmpty());
    }

    void databaseThatCannotBeOpenedExitsWithThree_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("missing") << "missing"
                                 << "does not exist";
        QTest::addRow("folder") << "folder"
                                << "folder";
        QTest::addRow("random bytes") << "random"
                                      << "not an SQLite database";
        QTest::addRow("truncated") << "truncated"
                                   << "shorter than its header";
        QTest::addRow("locked") << "locked"
                                << "locked";
    }
    void databaseThatCannotBeOpenedExitsWithThree()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QString db = dir.filePath("target.db");
        std::unique_ptr<LockHolder> lock;
        if (kind == "folder") {
            QDir().mkdir(db);
        } else if (kind == "random") {
            QByteArray bytes(8192, Qt::Uninitialized);
            for (auto& b : bytes)
                b = char(QRandomGenerator::global()->generate());
            writeFile(db, bytes);
        } else if (kind == "truncated") {
            const QString full = createSampleDatabase(dir.path(), "full.db", 3000);
            writeFile(db, readFile(full).left(3 * 4096));
        } else if (kind == "locked") {
            db = createSampleDatabase(dir.path(), "locked.db");
            lock = std::make_unique<LockHolder>(db);
            QVERIFY(lock->isHolding());
        }
        const QByteArray before = QFileInfo(db).isFile() ? fileHash(db) : QByteArray();
        qputenv("STEWARD_BUSY_TIMEOUT", "200");
        auto r = cli({"info", "--db", db});
        qunsetenv("STEWARD_BUSY_TIMEOUT");
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY2(r.err.startsWith("steward-cli: "), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(r.out.isEmpty());
        if (QFileInfo(db).isFile())
            QCOMPARE(fileHash(db), before);
        if (kind == "missing")
            QVERIFY(!QFileInfo::exists(db));
    }

    void backupCommands()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "app.db", 30);
        const QString folder = dir.filePath("bk");
        auto create = cli({"backup", "create", "--db", db, "--backups", folder, "--reason", "from the cli", "--json"});
        QCOMPARE(create.code, 0);
        const QJsonObject made = QJsonDocument::fromJson(create.out.toUtf8()).object();
        const QString id = made["id"].toString();
        QVERIFY(id.startsWith("app-") && id.endsWith(".db"));
        QCOMPARE(made["status"].toString(), QStringLiteral("unverified"));
        QCOMPARE(made["reason"].toString(), QStringLiteral("from the cli"));
        QCOMPARE(made["sha256"].toString().size(), 64);

        auto verify = cli({"backup", "verify", id, "--db", db, "--backups", folder});
        QCOMPARE(verify.code, 0);
        QVERIFY(verify.out.contains(id + ": ok"));
        auto list = cli({"backup", "list", "--db", db, "--backups", folder, "--json"});
        QCOMPARE(list.code, 0);
        const QJsonArray backups = QJsonDocument::fromJson(list.out.toUtf8()).object()["backups"].toArray();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups[0].toObject()["status"].toString(), QStringLiteral("valid"));

        execSql(db, "DELETE FROM items WHERE id > 10");
        const QByteArray changed = fileHash(db);
        auto compare = cli({"backup", "compare", id, "--db", db, "--backups", folder, "--json"});
        QCOMPARE(compare.code, 0);
        const QJsonObject cmp = QJsonDocument::fromJson(compare.out.toUtf8()).object();
        QCOMPARE(cmp["identical"].toBool(), false);
        QCOMPARE(cmp["tables"].toArray()[0].toObject()["backup_rows"].toInt(), 30);
        QCOMPARE(cmp["tables"].toArray()[0].toObject()["live_rows"].toInt(), 10);

        // Without a terminal and without --yes, a restore is refused and nothing changes.
        auto refused = cli({"backup", "restore", id, "--db", db, "--backups", folder});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("--yes"), qPrintable(refused.err));
        QCOMPARE(fileHash(db), changed);

        auto restore = cli({"backup", "restore", id, "--yes", "--db", db, "--backups", folder, "--json"});
        QCOMPARE(restore.code, 0);
        const QJsonObject restored = QJsonDocument::fromJson(restore.out.toUtf8()).object();
        QCOMPARE(restored["quick_check"].toString(), QStringLiteral("ok"));
        QVERIFY(restored["safety_backup"].toString().startsWith("app-"));
        QCOMPARE(queryString(db, "SELECT count(*) FROM items"), QStringLiteral("30"));

        auto pin = cli({"backup", "pin", id, "--db", db, "--backups", folder});
        QCOMPARE(pin.code, 0);
        auto cleanup =
            cli({"backup", "cleanup", "--keep", "1", "--dry-run", "--json", "--db", db, "--backups", folder});
        QCOMPARE(cleanup.code, 0);
        const QJsonObject plan = QJsonDocument::fromJson(cleanup.out.toUtf8()).object();
        QVERIFY(plan["would_delete"].toArray().isEmpty());
        QVERIFY(plan["protected"].toArray().contains(id));

        auto deletePinned = cli({"backup", "delete", id, "--yes", "--db", db, "--backups", folder});
        QCOMPARE(deletePinned.code, 1);
        QVERIFY(deletePinned.err.contains("pinned"));
        auto deleteSafety =
            cli({"backup", "delete", restored["safety_backup"].toString(), "--yes", "--db", db, "--backups", folder});
        QCOMPARE(deleteSafety.code, 0);
    }

    void backupUsageAndBadIds_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no subcommand") << QStringList{"backup"} << 2 << "subcommand";
        QTest::addRow("unknown subcommand") << QStringList{"backup", "explode"} << 2 << "explode";
        QTest::addRow("restore without id") << QStringList{"backup", "restore"} << 2 << "ID";
        QTest::addRow("verify without id") << QStringList{"backup", "verify"} << 2 << "--all";
        QTest::addRow("bad keep") << QStringList{"backup", "cleanup", "--keep", "zero"} << 2 << "--keep";
        QTest::addRow("path trick") << QStringList{"backup", "verify", "../app.db"} << 1 << "plain file name";
        QTest::addRow("absolute") << QStringList{"backup", "compare", "/etc/hosts"} << 1 << "plain file name";
        QTest::addRow("missing") << QStringList{"backup", "pin", "app-2020-01-01-000000.db"} << 1 << "no backup";
    }
    void backupUsageAndBadIds()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "app.db", 3);
        const QByteArray before = fileHash(db);
        auto r = cli(args + QStringList{"--db", db});
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QCOMPARE(fileHash(db), before);
    }

    // The backups folder chosen for a database in the window (settings.ini) is steward-cli's too, unless --backups
    // says otherwise: one setting, every user of it.
    void theChosenBackupsFolderIsTheCliDefault()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "app.db", 3);
        const QString chosen = dir.filePath("chosen");
        {
            steward::Settings settings(m_data.filePath("settings.ini"));
            settings.setDatabaseValue(db, steward::DatabaseSetting::BackupsFolder, chosen);
            settings.sync();
        }
        auto create = cli({"backup", "create", "--db", db, "--reason", "chosen folder", "--json"});
        QVERIFY2(create.code == 0, qPrintable(create.err));
        QCOMPARE(QDir(chosen).entryList({"*.db"}, QDir::Files).size(), 1);
        QVERIFY(!QDir(dir.filePath("backups")).exists());
        auto list = cli({"backup", "list", "--db", db, "--json"});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).object()["folder"].toString(),
                 QDir::toNativeSeparators(chosen));
        {
            steward::Settings settings(m_data.filePath("settings.ini"));
            settings.setDatabaseValue(db, steward::DatabaseSetting::BackupsFolder, QString());
            settings.sync();
        }
    }

    // The folders of other tools as the issue met them: diesel's was read as empty ("up to date"), a database
    // golang-migrate keeps at version 1 had 1 run again. Now: the format and history table are named, diesel's
    // migrations are listed, Drizzle's are applied with its own rows and a rollback (Drizzle has no downs) is refused
    // with what to do instead, golang-migrate's applies only what is above 1.
    void migrationsOfOtherTools()
    {
        QTemporaryDir dir;
        const QString formats = qEnvironmentVariable("STEWARD_TEST_SOURCE_DIR") + "/tests/data/formats";
        const QString db = dir.filePath("app.db");
        execSql(db, "PRAGMA user_version = 0");
        auto list = cli({"migrations", "list", "--json", "--db", db, "--migrations", formats + "/diesel"});
        QCOMPARE(list.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(list.out.toUtf8()).object();
        QCOMPARE(o["format"].toString(), QStringLiteral("diesel"));
        QCOMPARE(o["history_table"].toString(), QStringLiteral("__diesel_schema_migrations"));
        QCOMPARE(o["writable"].toBool(), true);
        QCOMPARE(o["migrations"].toArray().size(), 3);
        QCOMPARE(o["migrations"].toArray()[0].toObject()["version_text"].toString(), QStringLiteral("20240101000000"));
        QCOMPARE(o["migrations"].toArray()[0].toObject()["status"].toString(), QStringLiteral("pending"));
        const QString drizzleDb = dir.filePath("drizzle.db");
        execSql(drizzleDb, "PRAGMA user_version = 0");
        auto migrate = cli({"migrations", "migrate", "--yes", "--db", drizzleDb, "--migrations", formats + "/drizzle"});
        QVERIFY2(migrate.code == 0, qPrintable(migrate.err));
        QCOMPARE(queryString(drizzleDb, "SELECT group_concat(created_at) FROM __drizzle_migrations"),
                 QStringLiteral("1704067200000,1704153600000"));
        const QByteArray before = fileHash(drizzleDb);
        auto down =
            cli({"migrations", "rollback", "0", "--yes", "--db", drizzleDb, "--migrations", formats + "/drizzle"});
        QCOMPARE(down.code, 1);
        QVERIFY2(down.err.contains("no down SQL") && down.err.contains("Drizzle has no down migrations"),
                 qPrintable(down.err));
        QCOMPARE(fileHash(drizzleDb), before);

        execSql(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO users (name) VALUES "
                    "('ada'); CREATE TABLE schema_migrations (version uint64,dirty bool); CREATE UNIQUE INDEX "
                    "version_unique ON schema_migrations (version); INSERT INTO schema_migrations VALUES (1, 0);");
        auto text = cli({"migrations", "list", "--db", db, "--migrations", formats + "/golang-migrate"});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.startsWith("golang-migrate migrations in"), qPrintable(text.out));
        auto up =
            cli({"migrations", "migrate", "--yes", "--json", "--db", db, "--migrations", formats + "/golang-migrate"});
        QVERIFY2(up.code == 0, qPrintable(up.err));
        QCOMPARE(QJsonDocument::fromJson(up.out.toUtf8()).object()["applied"].toArray().size(), 4);
        QCOMPARE(queryString(db, "SELECT group_concat(version || '/' || dirty) FROM schema_migrations"),
                 QStringLiteral("5/0"));
        QCOMPARE(queryString(db, "SELECT count(*) FROM users"), QStringLiteral("1"));
        auto forced =
            cli({"migrations", "list", "--format", "sqlx", "--db", db, "--migrations", formats + "/golang-migrate"});
        QCOMPARE(forced.code, 0);
        QVERIFY2(forced.out.startsWith("sqlx migrations in"), qPrintable(forced.out));
    }

    void queriesCommands()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "q.db", 200);
        auto explain = cli({"queries", "explain", "SELECT * FROM items WHERE name = 'x'", "--db", db, "--json"});
        QCOMPARE(explain.code, 0);
        const QJsonArray plan = QJsonDocument::fromJson(explain.out.toUtf8()).object()["plan"].toArray();
        QVERIFY(!plan.isEmpty());
        QVERIFY2(plan[0].toObject()["detail"].toString().contains("USING INDEX"), qPrintable(explain.out));

        const QString script = dir.filePath("work.sql");
        writeFile(script, "SELECT count(*) FROM items WHERE qty > 10;\nUPDATE items SET qty = qty + 1 WHERE id = 5;\n");
        const QByteArray before = fileHash(db);
        auto profile = cli({"queries", "profile", script, "--runs", "5", "--db", db, "--json"});
        QCOMPARE(profile.code, 0);
        const QJsonArray statements = QJsonDocument::fromJson(profile.out.toUtf8()).object()["statements"].toArray();
        QCOMPARE(statements.size(), 2);
        for (const auto& s : statements)
            QCOMPARE(s.toObject()["calls"].toInt(), 5);
        QCOMPARE(queryString(db, "SELECT qty FROM items WHERE id = 5"), QStringLiteral("15")); // rolled back

        execSql(
            db,
            "CREATE TABLE query_performance (id TEXT PRIMARY KEY, sql TEXT NOT NULL, duration_ms INTEGER NOT NULL, "
            "timestamp TEXT DEFAULT (datetime('now')), params TEXT);"
            "INSERT INTO query_performance (id, sql, duration_ms) VALUES ('a', 'SELECT * FROM t WHERE id = 1', 300),"
            "('b', 'SELECT * FROM t WHERE id = 2', 100), ('c', 'DELETE FROM t', 50);");
        auto slow = cli({"queries", "slow", "--limit", "2", "--db", db, "--json"});
        QCOMPARE(slow.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(slow.out.toUtf8()).object()["slow_queries"].toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject()["duration_ms"].toInt(), 300);
        auto top = cli({"queries", "top", "--by", "calls", "--db", db, "--json"});
        QCOMPARE(top.code, 0);
        const QJsonArray groups = QJsonDocument::fromJson(top.out.toUtf8()).object()["top"].toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].toObject()["fingerprint"].toString(), QStringLiteral("SELECT * FROM t WHERE id = ?"));
        QCOMPARE(groups[0].toObject()["calls"].toInt(), 2);
        auto refused = cli({"queries", "clear", "--db", db});
        QCOMPARE(refused.code, 2);
        auto clear = cli({"queries", "clear", "--yes", "--db", db});
        QCOMPARE(clear.code, 0);
        // The application's table is only read: clearing forgets Steward's own records, not the application's.
        QCOMPARE(queryString(db, "SELECT count(*) FROM query_performance"), QStringLiteral("3"));
        QCOMPARE(cli({"queries", "top", "--by", "speed", "--db", db}).code, 2);
        auto bad = cli({"queries", "explain", "SELEC nothing", "--db", db});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("syntax error"));
    }

    // Issue 14: Steward never writes to a user's database unless the user asked for that write. Every read-only
    // command leaves the file byte for byte as it was, and no journal or WAL file behind.
    void readOnlyCommandsNeverChangeTheDatabase()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "app.db", 40);
        const QString folder = dir.filePath("migrations");
        writeDbmateTables(folder, 3);
        const QString backups = dir.filePath("bk");
        QCOMPARE(
            cli({"migrations", "migrate", "--to", "2", "--db", db, "--migrations", folder, "--backups", backups}).code,
            0);
        execSql(db, "CREATE TABLE query_performance (id TEXT PRIMARY KEY, sql TEXT NOT NULL, duration_ms INTEGER NOT "
                    "NULL, timestamp TEXT, params TEXT); INSERT INTO query_performance VALUES ('a', 'SELECT 1', 300, "
                    "NULL, NULL);");
        auto made = cli({"backup", "create", "--db", db, "--backups", backups, "--json"});
        QCOMPARE(made.code, 0);
        const QString id = QJsonDocument::fromJson(made.out.toUtf8()).object()["id"].toString();
        const QString script = dir.filePath("profile.sql");
        writeFile(script, "UPDATE items SET qty = qty + 1 WHERE id = 3; SELECT count(*) FROM items;");

        const QByteArray hash = fileHash(db);
        const QStringList side = sideFiles(db);
        const QList<QStringList> commands{
            {"info"},
            {"health"},
            {"health", "--full"},
            {"backup", "list"},
            {"backup", "create", "--reason", "read only"},
            {"backup", "verify", id},
            {"backup", "verify", "--all"},
            {"backup", "compare", id},
            {"backup", "cleanup", "--keep", "1", "--dry-run"},
            {"migrations", "list"},
            {"migrations", "validate"},
            {"migrations", "migrate", "--dry-run"},
            {"migrations", "rollback", "1", "--dry-run"},
            {"queries", "slow"},
            {"queries", "top"},
            {"queries", "explain", "SELECT * FROM items WHERE qty > 3"},
            {"queries", "profile", script, "--runs", "3"},
            {"queries", "clear", "--yes"},
        };
        for (QStringList args : commands) {
            const QString name = args.join(' ');
            args << "--db" << db;
            if (args.first() == "backup" || args.first() == "health")
                args << "--backups" << backups;
            if (args.first() == "migrations")
                args << "--migrations" << folder << "--backups" << backups;
            for (const bool json : {false, true}) {
                auto r = cli(json ? args + QStringList{"--json"} : args);
                QVERIFY2(r.code == 0 || (args.first() == "health" && (r.code == 4 || r.code == 5)),
                         qPrintable(name + ": " + QString::number(r.code) + " " + r.err));
                QVERIFY2(fileHash(db) == hash, qPrintable(name + " changed the database"));
                QVERIFY2(sideFiles(db) == side, qPrintable(name + " left " + sideFiles(db).join(',')));
            }
        }
        QCOMPARE(queryString(db, "SELECT count(*) FROM query_performance"), QStringLiteral("1"));
    }

    // Issue 14: a bad value in the environment was silent on the command line. One warning on stderr, the default
    // used, the command done.
    void aBadEnvironmentValueIsWarnedOnce()
    {
        qputenv("SLOW_QUERY_THRESHOLD", "fast");
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "env.db", 3);
        auto r = cli({"info", "--db", db});
        qunsetenv("SLOW_QUERY_THRESHOLD");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err.count("SLOW_QUERY_THRESHOLD"), 1);
        QVERIFY2(r.err.contains("warning: The environment variable SLOW_QUERY_THRESHOLD is 'fast'"), qPrintable(r.err));
        QVERIFY2(r.err.contains("default, 100"), qPrintable(r.err));
        auto fine = cli({"info", "--db", db});
        QVERIFY2(!fine.err.contains("warning"), qPrintable(fine.err));
    }

    void demoCreatesAndReusesTheDemo()
    {
        auto r = cli({"info", "--demo", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["user_version"].toInt(), 16);
        QVERIFY(o["path"].toString().startsWith(m_data.path()));
        QStringList names;
        for (const auto& t : o["tables"].toArray())
            names << t.toObject()["name"].toString();
        for (const char* t :
             {"projects", "books", "chapters", "series_mysteries", "query_performance", "schema_migrations"})
            QVERIFY2(names.contains(t), t);
        auto again = cli({"info", "--demo"});
        QCOMPARE(again.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
