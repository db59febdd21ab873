// Other tools' migration folders and history tables, on real SQLite files: each folder in tests/data/formats is laid
// out the way that tool writes it; each history table is built the way the tool's own source writes it (the lines
// followed are named at each builder). Steward writes every tool's table, and it must end exactly as the tool itself
// leaves it.
#include "TestSupport.h"

#include "migrations/MigrationFormat.h"
#include "migrations/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace steward;
using namespace steward::test;

namespace {

QString formatsDir()
{
    return qEnvironmentVariable("STEWARD_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/formats");
}

// A writable copy of a test folder (the tests add files to some).
QString copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QFileInfo& fi :
         QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (fi.isDir())
            copyFolder(fi.absoluteFilePath(), to + QLatin1Char('/') + fi.fileName());
        else
            QFile::copy(fi.absoluteFilePath(), to + QLatin1Char('/') + fi.fileName());
    }
    return to;
}

// The user's schema and data, without any tool's bookkeeping: every object's SQL, and every table's rows.
QString signature(const QString& db)
{
    const QString userObjects =
        "FROM sqlite_schema WHERE tbl_name NOT IN ('schema_migrations', 'sqlite_sequence', 'goose_db_version', "
        "'__diesel_schema_migrations', '_sqlx_migrations', 'flyway_schema_history', '_prisma_migrations', "
        "'__drizzle_migrations')";
    QString out = queryString(db, "SELECT coalesce(group_concat(type || ':' || name || ':' || coalesce(sql, ''), "
                                  "char(10)), '') FROM (SELECT * " +
                                      userObjects + " ORDER BY type, name)");
    const QString tables = queryString(db, "SELECT group_concat(name, ',') FROM (SELECT name " + userObjects +
                                               " AND type = 'table' ORDER BY name)");
    for (const QString& table : tables.split(',', Qt::SkipEmptyParts)) {
        const QString row = queryString(db, "SELECT group_concat('quote(\"' || name || '\")', ' || ''|'' || ') FROM "
                                            "pragma_table_info('" +
                                                table + "')");
        out += "\n" + table + ":" +
               queryString(db, "SELECT coalesce(group_concat(" + row + ", ','), '') FROM (SELECT * FROM \"" + table +
                                   "\" ORDER BY rowid)");
    }
    return out;
}

QString golangRows(const QString& db)
{
    return queryString(db, "SELECT coalesce(group_concat(version || '/' || dirty, ';'), '') FROM schema_migrations");
}

// The sqlite3 floor: the up files 1..n of the golang-migrate folder run by SQLite alone.
QString floorSignature(QTemporaryDir& dir, int n)
{
    const QString db = dir.filePath(QStringLiteral("floor-%1.db").arg(n));
    QFile::remove(db);
    execSql(db, "PRAGMA user_version = 0");
    const QStringList ups = QDir(formatsDir() + "/golang-migrate").entryList({"*.up.sql"}, QDir::Files, QDir::Name);
    for (int i = 0; i < n; ++i) {
        const QString sql = QString::fromUtf8(readFile(formatsDir() + "/golang-migrate/" + ups[i]));
        if (!sql.trimmed().isEmpty())
            execSql(db, sql);
    }
    return signature(db);
}

QString statuses(Migrator& m)
{
    QStringList out;
    auto states = m.status();
    if (!states)
        return QStringLiteral("error: ") + states.error().message;
    for (const auto& s : states.value())
        out << QStringLiteral("%1=%2").arg(s.version).arg(migrationStatusName(s.status));
    return out.join(' ');
}

// database/sqlite3/sqlite3.go: ensureVersionTable and SetVersion (DELETE, then one INSERT).
void golangMigrateAt(const QString& db, qint64 version, bool dirty)
{
    execSql(db, "CREATE TABLE IF NOT EXISTS schema_migrations (version uint64,dirty bool); "
                "CREATE UNIQUE INDEX IF NOT EXISTS version_unique ON schema_migrations (version);");
    execSql(db, QStringLiteral("DELETE FROM schema_migrations; INSERT INTO schema_migrations (version, dirty) VALUES "
                               "(%1, %2);")
                    .arg(version)
                    .arg(dirty ? 1 : 0));
}

} // namespace

class TestMigrationFormats : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

    Migrator migrator(const QString& db, const QString& folder)
    {
        Migrator m(db, folder, m_dir->filePath("backups"));
        m.setBackupsEnabled(false);
        return m;
    }
    QString freshDb(const QString& name)
    {
        const QString path = m_dir->filePath(name);
        execSql(path, "PRAGMA user_version = 0");
        return path;
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    // Each tool's folder is recognised as that tool's, read without renaming a file, in the tool's order.
    void readsEachToolsFolder_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("versions");
        QTest::addRow("golang-migrate") << "golang-migrate"
                                        << "golang-migrate"
                                        << "1 2 3 4 5";
        QTest::addRow("goose") << "goose"
                               << "goose"
                               << "1 2 20240301090000";
        QTest::addRow("diesel") << "diesel"
                                << "diesel"
                                << "20240101000000 20240102093000 20240103000000";
        QTest::addRow("sqlx") << "sqlx"
                              << "sqlx"
                              << "20240101000000 20240102000000 20240103000000";
        QTest::addRow("flyway") << "flyway"
                                << "flyway"
                                << "1 1.1 2.0.1 R__user names";
        QTest::addRow("prisma") << "prisma"
                                << "prisma"
                                << "20240101120000_init 20240102120000_add_posts 20240103120000_user_email";
        QTest::addRow("drizzle") << "drizzle"
                                 << "drizzle"
                                 << "1704067200000 1704153600000";
    }
    void readsEachToolsFolder()
    {
        QFETCH(QString, folder);
        QFETCH(QString, format);
        QFETCH(QString, versions);
        auto read = readMigrationFolder(formatsDir() + '/' + folder);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->format->name(), format);
        QStringList got;
        for (const auto& f : read->files)
            got << f.versionText;
        QCOMPARE(got.join(' '), versions);
        for (const auto& f : read->files)
            QVERIFY2(!f.upSql.trimmed().isEmpty() || format == "golang-migrate", qPrintable(f.fileName));
    }

    // What each tool marks: no transaction, a file that opens its own, down SQL where the tool has it.
    void readsTransactionMarkersAndDowns()
    {
        auto golang = readMigrationFolder(formatsDir() + "/golang-migrate");
        QVERIFY(golang);
        QCOMPARE(golang->files[1].downSql.trimmed(), QStringLiteral("ALTER TABLE users DROP COLUMN email;"));
        QCOMPARE(golang->files[2].upSql, QString()); // an empty file is a no-op, as golang-migrate runs it
        QVERIFY(!golang->files[3].upInTransaction);  // it opens its own BEGIN/COMMIT
        QVERIFY(!golang->files[3].downInTransaction);
        QVERIFY(golang->files[4].upInTransaction);
        auto goose = readMigrationFolder(formatsDir() + "/goose");
        QVERIFY(goose);
        QVERIFY(goose->files[0].upInTransaction);
        QVERIFY(!goose->files[2].upInTransaction); // -- +goose NO TRANSACTION
        QVERIFY(goose->files[1].downSql.contains("DROP TRIGGER users_upper;"));
        QVERIFY(!goose->files[1].upSql.contains("DROP TRIGGER"));
        auto diesel = readMigrationFolder(formatsDir() + "/diesel");
        QVERIFY(diesel);
        QVERIFY(diesel->files[1].upInTransaction);
        QVERIFY(!diesel->files[2].upInTransaction); // metadata.toml: run_in_transaction = false
        auto sqlx = readMigrationFolder(formatsDir() + "/sqlx");
        QVERIFY(sqlx);
        QVERIFY(!sqlx->files[2].upInTransaction); // -- no-transaction
        QCOMPARE(sqlx->files[0].toolChecksum,
                 QString::fromLatin1(
                     QCryptographicHash::hash(readFile(formatsDir() + "/sqlx/20240101000000_create_users.sql"),
                                              QCryptographicHash::Sha384)
                         .toHex()));
        auto flyway = readMigrationFolder(formatsDir() + "/flyway");
        QVERIFY(flyway);
        // CRC-32 of the file without its CR and LF bytes, as a signed int (computed independently with zlib).
        QCOMPARE(flyway->files[0].toolChecksum, QStringLiteral("-672871342"));
        QCOMPARE(flyway->files[2].downSql.trimmed(), QStringLiteral("DROP TABLE posts;")); // U2.0.1__…
        QCOMPARE(flyway->files[2].downFileName, QStringLiteral("U2.0.1__create_posts.sql"));
        QVERIFY(!flyway->files[2].downToolChecksum.isEmpty());
        QVERIFY(flyway->files[3].repeatable && !flyway->files[2].repeatable);
        auto prisma = readMigrationFolder(formatsDir() + "/prisma");
        QVERIFY(prisma);
        QVERIFY(prisma->files[2].downSql.contains("DROP TABLE \"User\""));
        auto drizzle = readMigrationFolder(formatsDir() + "/drizzle");
        QVERIFY(drizzle);
        QVERIFY(!drizzle->files[1].upSql.contains("statement-breakpoint"));
    }

    // migrate → rollback to every earlier version → migrate again, against the sqlite3 floor; golang-migrate's table
    // holds one row, the current version, after every step (and nothing of Steward's is in the database).
    void golangMigrateRoundTrip()
    {
        const QString folder = copyFolder(formatsDir() + "/golang-migrate", m_dir->filePath("m"));
        const QString db = freshDb("app.db");
        Migrator m = migrator(db, folder);
        QCOMPARE(m.layout()->format, QStringLiteral("golang-migrate"));
        auto applied = m.migrate();
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        QCOMPARE(golangRows(db), QStringLiteral("5/0"));
        QCOMPARE(signature(db), floorSignature(*m_dir, 5));
        QCOMPARE(queryString(db, "SELECT sql FROM sqlite_schema WHERE name = 'schema_migrations'"),
                 QStringLiteral("CREATE TABLE schema_migrations (version uint64,dirty bool)"));
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('version_unique')"),
                 QStringLiteral("1"));
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'steward%' OR name LIKE "
                                 "'schema_migrations_history'"),
                 QStringLiteral("0"));
        for (int v = 4; v >= 0; --v) {
            auto r = m.rollbackTo(v);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(golangRows(db), v == 0 ? QString() : QStringLiteral("%1/0").arg(v));
            QCOMPARE(signature(db), floorSignature(*m_dir, v));
            QCOMPARE(m.validate()->size(), 0);
            auto up = m.migrate();
            QVERIFY(up);
            QCOMPARE(golangRows(db), QStringLiteral("5/0"));
            QVERIFY(m.rollbackTo(v));
        }
        QVERIFY(m.migrate());
        QCOMPARE(signature(db), floorSignature(*m_dir, 5));
    }

    // The defect reported: a database golang-migrate keeps at version 3 was read as out of order and 1..3 run again.
    void golangMigrateDatabaseAtVersionN()
    {
        const QString folder = copyFolder(formatsDir() + "/golang-migrate", m_dir->filePath("m"));
        const QString db = freshDb("app.db");
        const QStringList ups = QDir(folder).entryList({"*.up.sql"}, QDir::Files, QDir::Name);
        for (int i = 0; i < 3; ++i)
            if (!readFile(folder + '/' + ups[i]).trimmed().isEmpty())
                execSql(db, QString::fromUtf8(readFile(folder + '/' + ups[i])));
        golangMigrateAt(db, 3, false);
        Migrator m = migrator(db, folder);
        QCOMPARE(statuses(m), QStringLiteral("1=applied 2=applied 3=applied 4=pending 5=pending"));
        auto r = m.migrate();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->versions, (QVector<qint64>{4, 5}));
        QCOMPARE(golangRows(db), QStringLiteral("5/0"));
        QCOMPARE(queryString(db, "SELECT count(*) FROM users"), QStringLiteral("1")); // 001 did not run again
        QCOMPARE(signature(db), floorSignature(*m_dir, 5));
    }

    // A dirty row is a failed run: listed as failed, validate says so, migrate refuses, repair clears it the way
    // golang-migrate's force does.
    void golangMigrateDirty()
    {
        const QString folder = copyFolder(formatsDir() + "/golang-migrate", m_dir->filePath("m"));
        const QString db = freshDb("app.db");
        execSql(db, QString::fromUtf8(readFile(folder + "/000001_create_users.up.sql")));
        golangMigrateAt(db, 2, true);
        Migrator m = migrator(db, folder);
        QCOMPARE(statuses(m), QStringLiteral("1=applied 2=failed 3=pending 4=pending 5=pending"));
        QCOMPARE(m.validate()->size(), 1);
        const QByteArray before = fileHash(db);
        auto r = m.migrate();
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains("dirty"), qPrintable(r.error().message));
        QCOMPARE(fileHash(db), before);
        QCOMPARE(m.repair().value(), 1);
        QCOMPARE(golangRows(db), QStringLiteral("1/0"));
        QVERIFY(m.migrate());
        QCOMPARE(golangRows(db), QStringLiteral("5/0"));
    }

    // A failing statement after DDL that its own transaction already committed: recorded failed (dirty), the error
    // names the file and the failing statement's line, and the message says what was not undone.
    void golangMigrateFailureOutsideATransaction()
    {
        const QString folder = copyFolder(formatsDir() + "/golang-migrate", m_dir->filePath("m"));
        writeFile(folder + "/000006_half.up.sql",
                  "BEGIN;\nCREATE TABLE t6 (x);\nCOMMIT;\n-- the next statement fails\nINSERT INTO no_such_table "
                  "VALUES (1);\n");
        writeFile(folder + "/000006_half.down.sql", "DROP TABLE t6;\n");
        const QString db = freshDb("app.db");
        Migrator m = migrator(db, folder);
        auto r = m.migrate();
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains("000006_half.up.sql, line 5"), qPrintable(r.error().message));
        QVERIFY2(r.error().hint.contains("outside a transaction"), qPrintable(r.error().hint));
        QCOMPARE(golangRows(db), QStringLiteral("6/1"));
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE name = 't6'"), QStringLiteral("1"));
        QVERIFY(statuses(m).endsWith("6=failed"));
        QCOMPARE(m.validate()->size(), 1);
    }

    // Each other tool's table, built as the tool writes it after applying its first migration: the first shows
    // applied, the rest pending; Steward refuses to write (and writes nothing); a changed file shows as modified
    // where the tool keeps a checksum.
    void readsOtherToolsHistory_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("firstUp");
        QTest::addColumn<QString>("history");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("changeToModify"); // a file to edit, when the tool keeps a checksum
        // goose internal/dialect/dialectquery/sqlite3.go: CreateTable, then InsertVersion(0) and (1, true).
        QTest::addRow("goose") << "goose"
                               << "00001_create_users.sql"
                               << "CREATE TABLE goose_db_version (id INTEGER PRIMARY KEY AUTOINCREMENT, version_id "
                                  "INTEGER NOT NULL, is_applied INTEGER NOT NULL, tstamp TIMESTAMP DEFAULT "
                                  "(datetime('now'))); INSERT INTO goose_db_version (version_id, is_applied) VALUES "
                                  "(0, 1); INSERT INTO goose_db_version (version_id, is_applied) VALUES (1, 1);"
                               << "1=applied 2=pending 20240301090000=pending"
                               << "";
        // diesel migrations_internals: CREATE_MIGRATIONS_TABLE, then INSERT of the dash-less version.
        QTest::addRow("diesel") << "diesel"
                                << "2024-01-01-000000_create_users/up.sql"
                                << "CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (version VARCHAR(50) "
                                   "PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP); INSERT "
                                   "INTO __diesel_schema_migrations (version) VALUES ('20240101000000');"
                                << "20240101000000=applied 20240102093000=pending 20240103000000=pending"
                                << "";
        // sqlx-sqlite/src/migrate.rs: ensure_migrations_table, apply (success TRUE, checksum BLOB), execution_time.
        QTest::addRow("sqlx") << "sqlx"
                              << "20240101000000_create_users.sql"
                              << "CREATE TABLE IF NOT EXISTS _sqlx_migrations (version BIGINT PRIMARY KEY, description "
                                 "TEXT NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success "
                                 "BOOLEAN NOT NULL, checksum BLOB NOT NULL, execution_time BIGINT NOT NULL); INSERT "
                                 "INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
                                 "VALUES (20240101000000, 'create users', TRUE, X'@SHA384@', 1830000);"
                              << "20240101000000=applied 20240102000000=pending 20240103000000=pending"
                              << "20240101000000_create_users.sql";
        // Flyway SQLiteDatabase.getRawCreateScript and JdbcTableSchemaHistory.doAddAppliedMigration.
        QTest::addRow("flyway")
            << "flyway"
            << "V1__create_users.sql"
            << "CREATE TABLE \"main\".\"flyway_schema_history\" (\"installed_rank\" INT NOT NULL "
               "PRIMARY KEY, \"version\" VARCHAR(50), \"description\" VARCHAR(200) NOT NULL, "
               "\"type\" VARCHAR(20) NOT NULL, \"script\" VARCHAR(1000) NOT NULL, \"checksum\" INT, "
               "\"installed_by\" VARCHAR(100) NOT NULL, \"installed_on\" TEXT NOT NULL DEFAULT "
               "(strftime('%Y-%m-%d %H:%M:%f','now')), \"execution_time\" INT NOT NULL, "
               "\"success\" BOOLEAN NOT NULL); CREATE INDEX \"main\".\"flyway_schema_history_s_idx\" "
               "ON \"flyway_schema_history\" (\"success\"); INSERT INTO \"main\".\"flyway_schema_"
               "history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
               "\"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (1, '1', "
               "'create users', 'SQL', 'V1__create_users.sql', -672871342, '', 12, 1);"
            << "1=applied 2=pending 3=pending 4=pending"
            << "V1__create_users.sql";
        // Prisma schema-engine flavour/sqlite.rs: the table, record_migration_started, then finished_at.
        QTest::addRow("prisma")
            << "prisma"
            << "20240101120000_init/migration.sql"
            << "CREATE TABLE \"_prisma_migrations\" (\"id\" TEXT PRIMARY KEY NOT NULL, \"checksum\" "
               "TEXT NOT NULL, \"finished_at\" DATETIME, \"migration_name\" TEXT NOT NULL, \"logs\" "
               "TEXT, \"rolled_back_at\" DATETIME, \"started_at\" DATETIME NOT NULL DEFAULT "
               "current_timestamp, \"applied_steps_count\" INTEGER UNSIGNED NOT NULL DEFAULT 0); "
               "INSERT INTO \"_prisma_migrations\" (\"id\", \"checksum\", \"started_at\", "
               "\"migration_name\") VALUES ('0b0e8c2e-8f5e-4a54-9a3c-2f6c1d7e9a10', '@SHA256@', "
               "1704110400000, '20240101120000_init'); UPDATE \"_prisma_migrations\" SET "
               "applied_steps_count = applied_steps_count + 1, finished_at = 1704110400125;"
            << "20240101120000=applied 20240102120000=pending 20240103120000=pending"
            << "20240101120000_init/migration.sql";
        // drizzle-orm sqlite-core/dialect.ts migrate(): the table, then (hash, created_at = the journal's when).
        QTest::addRow("drizzle") << "drizzle"
                                 << "0000_wise_hulk.sql"
                                 << "CREATE TABLE IF NOT EXISTS \"__drizzle_migrations\" (id SERIAL PRIMARY KEY, hash "
                                    "text NOT NULL, created_at numeric); INSERT INTO \"__drizzle_migrations\" "
                                    "(\"hash\", \"created_at\") VALUES ('@SHA256@', 1704067200000);"
                                 << "0=applied 1=pending"
                                 << "0000_wise_hulk.sql";
    }
    void readsOtherToolsHistory()
    {
        QFETCH(QString, folder);
        QFETCH(QString, firstUp);
        QFETCH(QString, history);
        QFETCH(QString, expected);
        QFETCH(QString, changeToModify);
        const QString dir = copyFolder(formatsDir() + '/' + folder, m_dir->filePath(folder));
        const QByteArray first = readFile(dir + '/' + firstUp);
        history.replace("@SHA384@", QCryptographicHash::hash(first, QCryptographicHash::Sha384).toHex());
        history.replace("@SHA256@", QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex());
        const QString db = freshDb("app.db");
        QString up = QString::fromUtf8(first);
        up.replace("-- +goose Up", "").replace("--> statement-breakpoint", "");
        execSql(db, up.section("-- +goose Down", 0, 0));
        execSql(db, history);
        Migrator m = migrator(db, dir);
        QCOMPARE(m.layout()->format, folder);
        QCOMPARE(statuses(m), expected); // Flyway's keys are ranks: V1, V1.1, V2.0.1, then R__user_names
        QVERIFY(m.layout()->writable);
        if (!changeToModify.isEmpty()) {
            const QByteArray original = readFile(dir + '/' + changeToModify);
            writeFile(dir + '/' + changeToModify, original + "\n-- edited after it was applied\nSELECT 1;\n");
            QVERIFY2(statuses(m).startsWith(expected.section(' ', 0, 0).replace("applied", "modified")),
                     qPrintable(statuses(m)));
            QCOMPARE(m.validate()->size(), 1);
            writeFile(dir + '/' + changeToModify, original);
        }
        // Migrate applies only what the tool's table does not record (the first file's CREATE TABLE would fail if
        // it ran again), and the table then records every migration.
        auto migrate = m.migrate();
        QVERIFY2(migrate, qPrintable(migrate ? QString() : migrate.error().message));
        QCOMPARE(migrate->versions.size(), expected.count("pending"));
        QVERIFY2(!statuses(m).contains("pending") && !statuses(m).contains("failed"), qPrintable(statuses(m)));
        QCOMPARE(m.validate()->size(), 0);
    }

    // goose, diesel, sqlx, Prisma and Drizzle keep a row per applied migration: migrate → rollback to every earlier
    // version → migrate again, against the sqlite3 floor, and the tool's rows after every step are the ones the tool
    // writes. Prisma's table rebuild switches foreign keys off: its child rows survive (with foreign keys on in a
    // transaction, DROP TABLE would cascade to them).
    void rowsKeptAsTheToolKeepsThem_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("format");    // named where the folder alone is ambiguous
        QTest::addColumn<QString>("rowsQuery"); // the tool's rows, as it would show them
        QTest::addRow("goose") << "goose"
                               << ""
                               << "SELECT group_concat(version_id || ':' || is_applied, ' ') FROM (SELECT * FROM "
                                  "goose_db_version ORDER BY id)";
        QTest::addRow("diesel") << "diesel"
                                << ""
                                << "SELECT group_concat(version, ' ') FROM (SELECT * FROM __diesel_schema_migrations "
                                   "ORDER BY version)";
        // `sqlx migrate add -r`: pairs, the layout golang-migrate has too; a new database cannot tell them apart.
        QTest::addRow("sqlx") << "sqlx-reversible"
                              << "sqlx"
                              << "SELECT group_concat(version || ':' || description || ':' || success || ':' || "
                                 "length(checksum) || ':' || (execution_time >= 0), ' ') FROM (SELECT * FROM "
                                 "_sqlx_migrations ORDER BY version)";
        // Rows marked rolled back stay, as `prisma migrate resolve --rolled-back` leaves them: the live ones count.
        QTest::addRow("prisma")
            << "prisma"
            << ""
            << "SELECT group_concat(migration_name || ':' || checksum || ':' || applied_steps_count "
               "|| ':' || (finished_at >= started_at) || ':' || length(id) || ':' || "
               "coalesce(logs, '-'), ' ') FROM (SELECT * FROM _prisma_migrations WHERE "
               "rolled_back_at IS NULL ORDER BY migration_name)";
        QTest::addRow("drizzle") << "drizzle"
                                 << ""
                                 << "SELECT group_concat(coalesce(id, 'null') || ':' || hash || ':' || created_at || "
                                    "':' || typeof(created_at), ' ') FROM (SELECT * FROM __drizzle_migrations ORDER BY "
                                    "created_at)";
    }
    void rowsKeptAsTheToolKeepsThem()
    {
        QFETCH(QString, folder);
        QFETCH(QString, format);
        QFETCH(QString, rowsQuery);
        const QString dir = copyFolder(formatsDir() + '/' + folder, m_dir->filePath(folder));
        auto read = readMigrationFolder(dir, format);
        QVERIFY(read);
        const QVector<MigrationFile> files = read->files;
        auto expectedRows = [&](int applied) {
            QStringList rows;
            if (folder == "goose")
                rows << "0:1"; // goose's own first row
            for (int i = 0; i < applied; ++i) {
                const MigrationFile& f = files[i];
                if (folder == "goose")
                    rows << QStringLiteral("%1:1").arg(f.version);
                else if (folder == "diesel")
                    rows << f.versionText;
                else if (folder == "prisma") // record_migration_finished: one step, finished, a UUID, no logs
                    rows << QStringLiteral("%1:%2:1:1:36:-").arg(f.versionText, f.toolChecksum);
                else if (folder == "drizzle") // the journal's "when", stored as an integer
                    rows << QStringLiteral("null:%1:%2:integer").arg(f.toolChecksum, f.versionText);
                else
                    rows << QStringLiteral("%1:%2:1:48:1").arg(f.version).arg(QString(f.name).replace('_', ' '));
            }
            return rows.join(' ');
        };
        auto floor = [&](int applied) {
            const QString db = m_dir->filePath(QStringLiteral("floor-%1.db").arg(applied));
            QFile::remove(db);
            execSql(db, "PRAGMA user_version = 0");
            for (int i = 0; i < applied; ++i)
                execSql(db, files[i].upSql);
            return signature(db);
        };
        const QString db = freshDb("app.db");
        Migrator m = migrator(db, dir);
        m.setFormat(format);
        auto up = m.migrate();
        QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
        QCOMPARE(queryString(db, rowsQuery), expectedRows(files.size()));
        QCOMPARE(signature(db), floor(files.size()));
        if (folder == "drizzle") { // no down migrations: refused, with what to do instead, and nothing changed
            const QByteArray before = fileHash(db);
            auto refused = m.rollbackTo(0);
            QVERIFY(!refused);
            QVERIFY2(refused.error().hint.contains("Drizzle has no down migrations"), qPrintable(refused.error().hint));
            QCOMPARE(fileHash(db), before);
            QCOMPARE(m.validate()->size(), 0);
            return;
        }
        for (int i = files.size() - 1; i >= 0; --i) {
            auto r = m.rollbackTo(i == 0 ? 0 : files[i - 1].version);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(queryString(db, rowsQuery), expectedRows(i));
            QCOMPARE(signature(db), floor(i));
            // Steward's journal knows it rolled it back: "rolled-back", more than the tool's "pending".
            QVERIFY2(statuses(m).contains(QStringLiteral("%1=rolled-back").arg(files[i].version)),
                     qPrintable(statuses(m)));
        }
        QVERIFY(m.migrate());
        QCOMPARE(queryString(db, rowsQuery), expectedRows(files.size()));
        QCOMPARE(m.validate()->size(), 0);
        if (folder == "prisma") // each rollback left its row, finished and marked rolled back
            QCOMPARE(queryString(db, "SELECT count(*) || ':' || sum(finished_at IS NOT NULL AND rolled_back_at >= "
                                     "finished_at) FROM _prisma_migrations WHERE rolled_back_at IS NOT NULL"),
                     QStringLiteral("%1:%1").arg(files.size()));
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'steward%' OR name = "
                                 "'schema_migrations_history' OR name = 'schema_migrations'"),
                 QStringLiteral("0"));
    }

    // goose keeps no record of a failed run. A NO TRANSACTION migration that fails after its DDL committed is then
    // in Steward's journal: listed as failed, validate reports it, migrate stops until repair, and goose's table
    // holds nothing for it (as goose leaves it).
    void aFailureTheToolCannotRecordIsInStewardsJournal()
    {
        const QString dir = copyFolder(formatsDir() + "/goose", m_dir->filePath("goose"));
        const QString db = freshDb("app.db");
        Migrator m = migrator(db, dir);
        QVERIFY(m.migrate());
        writeFile(dir + "/20250101000000_broken.sql",
                  "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE TABLE t4 (x);\nINSERT INTO missing VALUES (1);\n");
        auto failed = m.migrate();
        QVERIFY(!failed);
        QVERIFY2(failed.error().hint.contains("Steward's journal does"), qPrintable(failed.error().hint));
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE name = 't4'"), QStringLiteral("1"));
        QCOMPARE(queryString(db, "SELECT count(*) FROM goose_db_version WHERE version_id = 20250101000000"),
                 QStringLiteral("0"));
        QVERIFY2(statuses(m).endsWith("20250101000000=failed"), qPrintable(statuses(m)));
        QCOMPARE(m.validate()->size(), 1);
        auto blocked = m.migrate();
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message.contains("Steward's journal"), qPrintable(blocked.error().message));
        auto repaired = m.repair();
        QVERIFY(repaired);
        QCOMPARE(repaired.value(), 1);
        QVERIFY2(statuses(m).endsWith("20250101000000=pending"), qPrintable(statuses(m)));
        // Finished by hand, as the message says; then it runs and goose records it.
        writeFile(dir + "/20250101000000_broken.sql",
                  "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE TABLE IF NOT EXISTS t4 (x);\n");
        QVERIFY(m.migrate());
        QVERIFY2(statuses(m).endsWith("20250101000000=applied"), qPrintable(statuses(m)));
        QVERIFY(m.rollbackTo(20240301090000) || true); // no down section: refused, the status stays applied
        QVERIFY2(!statuses(m).contains("failed"), qPrintable(statuses(m)));
        QStringList events;
        for (const auto& e : m.history().value())
            events << e.event;
        QVERIFY2(events.contains("failed") && events.contains("repaired") && events.contains("applied"),
                 qPrintable(events.join(',')));
    }

    // goose's Go migrations are compiled into the application: the folder is listed with every status and only read;
    // migrate, rollback, repair and baseline are refused with the reason, and the database is not touched.
    void gooseGoMigrationsAreListedAndNotRun()
    {
        const QString dir = copyFolder(formatsDir() + "/goose", m_dir->filePath("goose"));
        writeFile(dir + "/00003_backfill.go", "package migrations\n");
        writeFile(dir + "/00003_backfill_test.go", "package migrations\n"); // a Go test, not a migration
        const QString db = freshDb("app.db");
        const QByteArray before = fileHash(db);
        Migrator m = migrator(db, dir);
        auto layout = m.layout();
        QVERIFY(layout);
        QCOMPARE(layout->format, QStringLiteral("goose"));
        QVERIFY(!layout->writable);
        QVERIFY2(layout->readOnlyReason.contains("00003_backfill.go") && !layout->readOnlyReason.contains("_test.go"),
                 qPrintable(layout->readOnlyReason));
        QCOMPARE(statuses(m), QStringLiteral("1=pending 2=pending 3=pending 20240301090000=pending"));
        for (const auto& refused : {m.migrate().error(), m.rollbackTo(0).error(), m.baseline(1).error()}) {
            QVERIFY2(refused.message.startsWith("Nothing was changed"), qPrintable(refused.message));
            QVERIFY2(refused.hint.contains("00003_backfill.go"), qPrintable(refused.hint));
        }
        QCOMPARE(fileHash(db), before);
    }

    // A migration that switches foreign keys off and leaves rows pointing nowhere is refused before its commit
    // (PRAGMA foreign_key_check, SQLite's documented way): nothing of it is kept, the tool's table is unchanged.
    void foreignKeysCheckedBeforeCommit()
    {
        const QString dir = copyFolder(formatsDir() + "/prisma", m_dir->filePath("prisma"));
        const QString db = freshDb("app.db");
        Migrator m = migrator(db, dir);
        QVERIFY(m.migrate());
        QDir().mkpath(dir + "/20240104120000_orphans");
        writeFile(
            dir + "/20240104120000_orphans/migration.sql",
            "PRAGMA foreign_keys=OFF;\nCREATE TABLE \"Tag\" (\"id\" INTEGER PRIMARY KEY);\nDELETE FROM \"User\";\n"
            "PRAGMA foreign_keys=ON;\n");
        const QString before = signature(db);
        const QString rows = queryString(db, "SELECT count(*) FROM _prisma_migrations");
        auto r = m.migrate();
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains("20240104120000_orphans/migration.sql leaves 1 rows whose foreign key "
                                            "points to no row (the first: table Post"),
                 qPrintable(r.error().message));
        QCOMPARE(signature(db), before);
        QCOMPARE(queryString(db, "SELECT count(*) FROM _prisma_migrations"), rows);
        QVERIFY(statuses(m).endsWith("20240104120000=pending"));
    }

    // Foreign keys are switched off only for the migration that asks: in the same run, a data migration before the
    // rebuild still cascades with them on; rows that already pointed nowhere do not block the rebuild.
    void foreignKeysOffOnlyWhereAsked()
    {
        const QString dir = copyFolder(formatsDir() + "/prisma", m_dir->filePath("prisma"));
        const QString db = freshDb("app.db");
        Migrator m = migrator(db, dir);
        QVERIFY(m.migrate(20240102120000));
        execSql(db, "PRAGMA foreign_keys = OFF; INSERT INTO \"Post\" (title, \"authorId\") VALUES ('orphan', 99); "
                    "INSERT INTO \"User\" (name) VALUES ('bob'); INSERT INTO \"Post\" (title, \"authorId\") VALUES "
                    "('by bob', 2);");
        QDir().mkpath(dir + "/20240102130000_remove_bob");
        writeFile(dir + "/20240102130000_remove_bob/migration.sql", "DELETE FROM \"User\" WHERE name = 'bob';\n");
        auto r = m.migrate();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->versions.size(), 2);
        QCOMPARE(queryString(db, "SELECT group_concat(title) FROM (SELECT title FROM \"Post\" ORDER BY id)"),
                 QStringLiteral("hello,orphan")); // bob's post cascaded; ada's kept through the rebuild
        QCOMPARE(queryString(db, "SELECT count(*) FROM pragma_table_info('User') WHERE name = 'email'"),
                 QStringLiteral("1"));
    }

    // Baseline and repair write what the tools' own commands write: Flyway's one BASELINE row (flyway baseline);
    // Prisma's "migrate resolve --applied" rows; a Prisma failure that kept changes is its unfinished row with the
    // error in logs, which stops migrate until repair ("migrate resolve --rolled-back") marks it rolled back.
    void baselineAndRepairAsTheToolsDo()
    {
        const QString flywayDb = freshDb("flyway.db");
        Migrator flyway = migrator(flywayDb, copyFolder(formatsDir() + "/flyway", m_dir->filePath("flyway")));
        QVERIFY(flyway.baseline(2)); // V1_1, the second versioned migration
        QCOMPARE(queryString(flywayDb, "SELECT group_concat(installed_rank || ':' || version || ':' || description || "
                                       "':' || type || ':' || script || ':' || coalesce(checksum, 'null') || ':' || "
                                       "success) FROM flyway_schema_history"),
                 QStringLiteral("1:1.1:<< Flyway Baseline >>:BASELINE:<< Flyway Baseline >>:null:1"));
        QCOMPARE(statuses(flyway), QStringLiteral("1=applied 2=applied 3=pending 4=pending"));

        const QString dir = copyFolder(formatsDir() + "/prisma", m_dir->filePath("prisma"));
        const QString db = freshDb("prisma.db");
        execSql(db,
                "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" TEXT NOT NULL); "
                "INSERT INTO \"User\" (\"name\") VALUES ('ada')");
        Migrator m = migrator(db, dir);
        QVERIFY(m.baseline(20240101120000));
        QCOMPARE(queryString(db, "SELECT group_concat(migration_name || ':' || applied_steps_count || ':' || logs || "
                                 "':' || (finished_at = started_at) || ':' || (rolled_back_at IS NULL)) FROM "
                                 "_prisma_migrations"),
                 QStringLiteral("20240101120000_init:0::1:1"));
        QVERIFY(m.migrate());
        QDir().mkpath(dir + "/20240104120000_half");
        writeFile(
            dir + "/20240104120000_half/migration.sql",
            "BEGIN;\nCREATE TABLE \"Tag\" (\"id\" INTEGER PRIMARY KEY);\nCOMMIT;\nINSERT INTO missing VALUES (1);\n");
        auto failed = m.migrate();
        QVERIFY(!failed);
        QVERIFY2(failed.error().hint.contains("recorded as failed"), qPrintable(failed.error().hint));
        QCOMPARE(queryString(db, "SELECT (finished_at IS NULL) || ':' || applied_steps_count || ':' || (logs LIKE "
                                 "'%no such table: missing%') FROM _prisma_migrations WHERE migration_name = "
                                 "'20240104120000_half'"),
                 QStringLiteral("1:0:1"));
        QVERIFY(statuses(m).endsWith("20240104120000=failed"));
        QVERIFY(!m.migrate()); // P3009, as Prisma: a failed migration stops migrate
        auto repaired = m.repair();
        QVERIFY(repaired);
        QCOMPARE(repaired.value(), 1);
        QCOMPARE(queryString(db, "SELECT rolled_back_at IS NOT NULL FROM _prisma_migrations WHERE migration_name = "
                                 "'20240104120000_half'"),
                 QStringLiteral("1"));
        QVERIFY(statuses(m).endsWith("20240104120000=pending"));

        // An edited applied migration: modified, and repair gives its live row the file's checksum.
        writeFile(dir + "/20240102120000_add_posts/migration.sql",
                  readFile(dir + "/20240102120000_add_posts/migration.sql") + "-- reviewed\n");
        QVERIFY2(statuses(m).contains("20240102120000=modified"), qPrintable(statuses(m)));
        auto accepted = m.repair();
        QVERIFY(accepted);
        QCOMPARE(accepted.value(), 1);
        QVERIFY2(statuses(m).contains("20240102120000=applied"), qPrintable(statuses(m)));
    }

    // Flyway's history is a log: every run a row in installed_rank order (JdbcTableSchemaHistory), an undo an UNDO_SQL
    // row (Flyway Teams' undo), a failure outside a transaction a row with success 0 that stops migrate until repair.
    // Repeatables run after the versioned migrations, again only when their checksum changes, and are never undone.
    void flywayHistoryAsFlywayWritesIt()
    {
        const QString dir = copyFolder(formatsDir() + "/flyway", m_dir->filePath("flyway"));
        const QString db = freshDb("app.db");
        Migrator m = migrator(db, dir);
        const QString log = "SELECT group_concat(installed_rank || ':' || coalesce(version, '-') || ':' || description "
                            "|| ':' || type || ':' || script || ':' || checksum || ':' || installed_by || ':' || "
                            "success, char(10)) FROM (SELECT * FROM flyway_schema_history ORDER BY installed_rank)";
        auto read = readMigrationFolder(dir);
        QVERIFY(read);
        const QVector<MigrationFile> files = read->files; // V1, V1_1, V2.0.1, R__user_names
        QStringList expected;
        auto row = [&](const QString& version, const QString& description, const QString& type, const QString& script,
                       const QString& checksum, int success = 1) {
            expected << QStringLiteral("%1:%2:%3:%4:%5:%6::%7")
                            .arg(expected.size() + 1)
                            .arg(version, description, type, script, checksum)
                            .arg(success);
        };
        auto applied = [&](const MigrationFile& f) {
            row(f.repeatable ? "-" : f.versionText, QString(f.name), "SQL", f.fileName, f.toolChecksum);
        };
        // The sqlite3 floor: the versioned files up to n, and the repeatable, which stays.
        auto floor = [&](int n) {
            const QString path = m_dir->filePath(QStringLiteral("floor-%1.db").arg(n));
            QFile::remove(path);
            execSql(path, "PRAGMA user_version = 0");
            for (int i = 0; i < n; ++i)
                execSql(path, files[i].upSql);
            execSql(path, files[3].upSql);
            return signature(path);
        };
        auto up = m.migrate();
        QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
        for (const auto& f : files)
            applied(f);
        QCOMPARE(queryString(db, log), expected.join('\n'));
        QVERIFY(expected.first().contains(":1:create users:SQL:V1__create_users.sql:-672871342::1"));
        QCOMPARE(signature(db), floor(3));
        for (int i = 2; i >= 0; --i) { // flyway undo, once per version
            auto r = m.rollbackTo(i);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            row(files[i].versionText, QString(files[i].name), "UNDO_SQL", files[i].downFileName,
                files[i].downToolChecksum);
            QCOMPARE(queryString(db, log), expected.join('\n'));
            QCOMPARE(signature(db), floor(i));
            QCOMPARE(statuses(m).section(' ', 3), QStringLiteral("4=applied")); // the repeatable stays
        }
        QVERIFY(m.migrate());
        for (int i = 0; i < 3; ++i)
            applied(files[i]);
        QCOMPARE(queryString(db, log), expected.join('\n')); // the unchanged repeatable did not run again
        QCOMPARE(m.validate()->size(), 0);

        // A changed repeatable is Flyway's "outdated": pending, and run again by the next migrate.
        writeFile(dir + "/R__user_names.sql", readFile(dir + "/R__user_names.sql") + "-- and again\n");
        QCOMPARE(statuses(m), QStringLiteral("1=applied 2=applied 3=applied 4=pending"));
        QVERIFY(m.migrate());
        auto changed = readMigrationFolder(dir);
        QVERIFY(changed);
        applied(changed->files[3]);
        QCOMPARE(queryString(db, log), expected.join('\n'));

        // A script with its own transaction runs outside the migrator's. Failing inside it, it is rolled back
        // whole: nothing stays, nothing is recorded, the message says so.
        // (A PRAGMA before its BEGIN, as SQLite documents table rebuilds, changes nothing about that.)
        writeFile(dir + "/V3__broken.sql",
                  "PRAGMA foreign_keys=OFF;\nBEGIN;\nCREATE TABLE t3 (x);\nINSERT INTO missing VALUES (1);\nCOMMIT;\n");
        auto undone = m.migrate();
        QVERIFY(!undone);
        QVERIFY2(undone.error().message.contains("V3__broken.sql, line 4"), qPrintable(undone.error().message));
        QVERIFY2(undone.error().hint.contains("was rolled back"), qPrintable(undone.error().hint));
        QCOMPARE(queryString(db, log), expected.join('\n'));
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE name = 't3'"), QStringLiteral("0"));
        QVERIFY(statuses(m).contains("4=pending"));

        // Failing after its own COMMIT, what it committed stays: recorded as Flyway records it, success 0, which
        // stops migrate until repair (Flyway's "Detected failed migration").
        writeFile(dir + "/V3__broken.sql", "BEGIN;\nCREATE TABLE t3 (x);\nCOMMIT;\nINSERT INTO missing VALUES (1);\n");
        auto failed = m.migrate();
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains("V3__broken.sql, line 4"), qPrintable(failed.error().message));
        QVERIFY2(failed.error().hint.contains("recorded as failed"), qPrintable(failed.error().hint));
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE name = 't3'"), QStringLiteral("1"));
        auto broken = readMigrationFolder(dir);
        QVERIFY(broken);
        const MigrationFile v3 = broken->files[3];
        QCOMPARE(v3.fileName, QStringLiteral("V3__broken.sql"));
        row("3", "broken", "SQL", "V3__broken.sql", v3.toolChecksum, 0);
        QCOMPARE(queryString(db, log), expected.join('\n'));
        QVERIFY(statuses(m).contains("4=failed"));
        QCOMPARE(m.validate()->size(), 1);
        auto blocked = m.migrate();
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message.contains("failed"), qPrintable(blocked.error().message));
        auto repaired = m.repair();
        QVERIFY(repaired);
        QCOMPARE(repaired.value(), 1); // flyway repair: the failed row removed
        expected.removeLast();
        QCOMPARE(queryString(db, log), expected.join('\n'));
        QVERIFY(statuses(m).contains("4=pending"));
        QFile::remove(dir + "/V3__broken.sql");

        // An applied file edited: modified, migrate blocked; repair realigns the checksum of its row, as flyway
        // repair does, and the status is applied again.
        writeFile(dir + "/V1_1__add_email.sql", readFile(dir + "/V1_1__add_email.sql") + "-- reviewed\n");
        QVERIFY2(statuses(m).startsWith("1=applied 2=modified"), qPrintable(statuses(m)));
        QVERIFY(!m.migrate());
        auto realigned = m.repair();
        QVERIFY(realigned);
        QCOMPARE(realigned.value(), 1);
        QCOMPARE(statuses(m), QStringLiteral("1=applied 2=applied 3=applied 4=applied"));
        auto edited = readMigrationFolder(dir);
        QVERIFY(edited);
        QCOMPARE(queryString(db, "SELECT checksum FROM flyway_schema_history WHERE version = '1.1' AND type = 'SQL' "
                                 "ORDER BY installed_rank DESC LIMIT 1"),
                 edited->files[1].toolChecksum);
    }

    // dbmate's own binary (npm @dbmate/linux-x64; .ci/run installs it and sets STEWARD_DBMATE) and Steward on one
    // database, the folder as `dbmate new` writes it: Steward migrates and dbmate's status agrees; dbmate rolls back
    // and Steward sees it; dbmate migrates further and Steward sees that; Steward rolls back what dbmate applied.
    void dbmateBinaryAgrees()
    {
        const QString dbmate = qEnvironmentVariable("STEWARD_DBMATE");
        if (dbmate.isEmpty() || !QFileInfo(dbmate).isExecutable())
            QSKIP("dbmate's binary is not installed: npm install @dbmate/linux-x64 and set STEWARD_DBMATE to its "
                  "bin/dbmate (.ci/run does both)");
        const QString dir = m_dir->filePath("project");
        const QString folder = dir + "/db/migrations";
        QDir().mkpath(folder);
        writeFile(folder + "/20240101000000_create_users.sql",
                  "-- migrate:up\nCREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n\n"
                  "-- migrate:down\nDROP TABLE users;\n");
        writeFile(
            folder + "/20240102000000_create_posts.sql",
            "-- migrate:up\nCREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id));\n\n"
            "-- migrate:down\nDROP TABLE posts;\n");
        const QString db = dir + "/app.db";
        execSql(db, "PRAGMA user_version = 0");
        auto run = [&](const QStringList& args) {
            QProcess p;
            p.setWorkingDirectory(dir);
            p.start(dbmate,
                    QStringList{"--url", "sqlite:" + db, "--migrations-dir", folder, "--no-dump-schema"} + args);
            p.waitForFinished(60000);
            return QPair<int, QString>(p.exitCode(),
                                       QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
        };
        Migrator m = migrator(db, folder);
        QVERIFY(m.migrate());
        auto status = run({"status"});
        QCOMPARE(status.first, 0);
        QVERIFY2(status.second.contains("[X] 20240101000000_create_users.sql") &&
                     status.second.contains("[X] 20240102000000_create_posts.sql") &&
                     status.second.contains("Pending: 0"),
                 qPrintable(status.second));

        auto rollback = run({"rollback"});
        QVERIFY2(rollback.first == 0, qPrintable(rollback.second));
        QCOMPARE(statuses(m), QStringLiteral("20240101000000=applied 20240102000000=pending"));
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'posts'"), QStringLiteral("0"));

        writeFile(folder + "/20240103000000_add_email.sql",
                  "-- migrate:up\nALTER TABLE users ADD COLUMN email TEXT;\n\n-- migrate:down\nALTER TABLE users DROP "
                  "COLUMN email;\n");
        auto up = run({"up"});
        QVERIFY2(up.first == 0, qPrintable(up.second));
        QCOMPARE(statuses(m), QStringLiteral("20240101000000=applied 20240102000000=applied 20240103000000=applied"));

        QVERIFY(m.rollbackTo(20240101000000));
        status = run({"status"});
        QVERIFY2(status.second.contains("[X] 20240101000000_create_users.sql") &&
                     status.second.contains("[ ] 20240102000000_create_posts.sql") &&
                     status.second.contains("[ ] 20240103000000_add_email.sql"),
                 qPrintable(status.second));
        QVERIFY2(run({"up"}).first == 0, "dbmate could not migrate after Steward's rollback");
        QCOMPARE(statuses(m), QStringLiteral("20240101000000=applied 20240102000000=applied 20240103000000=applied"));

        // Versions with leading zeros, in a table Steward creates: dbmate's own shape, the version as the file
        // writes it, so dbmate sees them applied (it compares the text) and rolls back what Steward applied.
        const QString numbered = dir + "/numbered";
        QDir().mkpath(numbered);
        writeFile(numbered + "/001_create_users.sql", "-- migrate:up\nCREATE TABLE users (id INTEGER PRIMARY KEY);\n\n"
                                                      "-- migrate:down\nDROP TABLE users;\n");
        writeFile(numbered + "/002_create_posts.sql", "-- migrate:up\nCREATE TABLE posts (id INTEGER PRIMARY KEY);\n\n"
                                                      "-- migrate:down\nDROP TABLE posts;\n");
        const QString db2 = dir + "/numbered.db";
        execSql(db2, "PRAGMA user_version = 0");
        Migrator steward2 = migrator(db2, numbered);
        QVERIFY(steward2.migrate());
        QCOMPARE(queryString(db2, "SELECT sql FROM sqlite_schema WHERE name = 'schema_migrations'"),
                 QStringLiteral("CREATE TABLE schema_migrations (version varchar(128) primary key)"));
        QCOMPARE(queryString(db2, "SELECT group_concat(version || ':' || typeof(version)) FROM schema_migrations"),
                 QStringLiteral("001:text,002:text"));
        auto run2 = [&](const QStringList& args) {
            QProcess p;
            p.start(dbmate,
                    QStringList{"--url", "sqlite:" + db2, "--migrations-dir", numbered, "--no-dump-schema"} + args);
            p.waitForFinished(60000);
            return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        };
        const QString numberedStatus = run2({"status"});
        QVERIFY2(numberedStatus.contains("[X] 001_create_users.sql") &&
                     numberedStatus.contains("[X] 002_create_posts.sql") && numberedStatus.contains("Pending: 0"),
                 qPrintable(numberedStatus));
        run2({"rollback"});
        QCOMPARE(statuses(steward2), QStringLiteral("1=applied 2=pending"));
        QVERIFY(steward2.rollbackTo(0));
        QVERIFY2(run2({"status"}).contains("[ ] 001_create_users.sql"), qPrintable(run2({"status"})));
    }

    // Files no reader accounts for are named, never skipped; an unknown layout is an error, never "up to date".
    void unaccountedFilesAreNamed_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("unknown layout") << QStringList{"create_users.sql", "notes.sql"}
                                        << "create_users.sql, notes.sql";
        QTest::addRow("a plain file among dbmate's")
            << QStringList{"001_a.sql:-- migrate:up\nCREATE TABLE a (x);\n",
                           "002_b.sql:-- migrate:up\nCREATE TABLE b (x);\n", "003_c.sql:CREATE TABLE c (x);\n"}
            << "not dbmate migrations: 003_c.sql";
        QTest::addRow("a goose file among golang-migrate's")
            << QStringList{"1_a.up.sql", "1_a.down.sql", "2_b.up.sql", "3_c.sql:-- +goose Up\nSELECT 1;\n"}
            << "not golang-migrate migrations: 3_c.sql";
        QTest::addRow("a diesel folder with a stray file")
            << QStringList{"2024-01-01-000000_a/up.sql", "2024-01-02-000000_b/up.sql", "2024-01-02-000000_b/fix.sql"}
            << "2024-01-02-000000_b/fix.sql";
        QTest::addRow("a file the drizzle journal does not list")
            << QStringList{"meta/_journal.json:{\"entries\":[{\"idx\":0,\"when\":1,\"tag\":\"0000_a\"}]}", "0000_a.sql",
                           "0001_b.sql"}
            << "0001_b.sql";
    }
    void unaccountedFilesAreNamed()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, mentions);
        const QString dir = m_dir->filePath("m");
        for (const QString& spec : files) {
            const QString name = spec.section(':', 0, 0);
            QDir().mkpath(QFileInfo(dir + '/' + name).absolutePath());
            writeFile(dir + '/' + name, spec.contains(':') ? spec.section(':', 1).toUtf8() : QByteArray("SELECT 1;\n"));
        }
        auto read = readMigrationFolder(dir);
        QVERIFY2(!read, "a folder with unaccounted files was read");
        QVERIFY2(read.error().message.contains(mentions), qPrintable(read.error().message));
        QVERIFY(!read.error().hint.isEmpty());
        const QString db = freshDb("app.db");
        const QByteArray before = fileHash(db);
        Migrator m = migrator(db, dir);
        QVERIFY(!m.migrate());
        QCOMPARE(fileHash(db), before);
    }

    // Pairs of .up.sql/.down.sql files are both golang-migrate's and sqlx's layout: the history table in the
    // database decides, and --format overrides.
    void ambiguousPairsFollowTheDatabaseOrTheOverride()
    {
        const QString dir = m_dir->filePath("m");
        QDir().mkpath(dir);
        writeFile(dir + "/1_a.up.sql", "CREATE TABLE a (x);\n");
        writeFile(dir + "/1_a.down.sql", "DROP TABLE a;\n");
        QCOMPARE(readMigrationFolder(dir)->format->name(), QStringLiteral("golang-migrate"));
        QCOMPARE(readMigrationFolder(dir, {}, {"_sqlx_migrations"})->format->name(), QStringLiteral("sqlx"));
        QCOMPARE(readMigrationFolder(dir, "sqlx")->format->name(), QStringLiteral("sqlx"));
        auto unknown = readMigrationFolder(dir, "liquibase");
        QVERIFY(!unknown);
        QVERIFY(unknown.error().hint.contains("golang-migrate"));
    }
};

QTEST_GUILESS_MAIN(TestMigrationFormats)
#include "TestMigrationFormats.moc"
