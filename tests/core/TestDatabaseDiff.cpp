// The content diff of two SQLite databases: rows added, deleted and changed per table, matched by key (the primary
// key, a WITHOUT ROWID table's key, the rowid where there is none), with example rows; a table that cannot be read is
// reported as such, never as 0; nothing is written to either file. A property test checks the counts against a model
// on keys of every SQLite type, where the merge depends on sorting them exactly as SQLite does.
#include "TestSupport.h"

#include "diff/DatabaseDiff.h"
#include "jobs/Job.h"

#include <QTemporaryDir>
#include <QTest>

#include <rapidcheck.h>
#include <sqlite3.h>

using namespace steward;
using namespace steward::test;

namespace {

class Cancelled final : public JobContext {
public:
    bool isCancelled() const override { return true; }
    void setProgress(qint64, qint64, const QString&) override {}
    void setCancelHook(std::function<void()>) override {}
};

// count(*) over both files at once (the second attached as "a"), with SQLite's own C API.
qint64 countAcross(const QString& main, const QString& attached, const QString& from)
{
    sqlite3* db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(main.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        sqlite3_exec(db, QStringLiteral("ATTACH '%1' AS a").arg(attached).toUtf8().constData(), nullptr, nullptr,
                     nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, ("SELECT count(*) FROM " + from).toUtf8().constData(), -1, &stmt, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return n;
}

const TableDifference* tableNamed(const DatabaseDiff& d, const QString& name)
{
    for (const auto& t : d.tables)
        if (t.table == name)
            return &t;
    return nullptr;
}

} // namespace

class TestDatabaseDiff : public QObject {
    Q_OBJECT

private slots:
    // One row deleted and one inserted in one table, one value changed in another: 1 added, 1 removed, 1 changed,
    // with their values, whatever the key's shape. The row counts alone would have said "nothing changed".
    void everyKeyShapeShowsAddedRemovedAndChangedRows()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath("before.db"), after = dir.filePath("after.db");
        const char* schema = "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT);"
                             "CREATE TABLE tags (name TEXT PRIMARY KEY, uses INTEGER);"
                             "CREATE TABLE pairs (a TEXT, b INTEGER, note TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID;"
                             "CREATE TABLE log (line TEXT);";
        execSql(before, QString::fromLatin1(schema) +
                            "INSERT INTO books VALUES (1, 'Dune'), (2, 'Emma'), (3, 'Ulysses');"
                            "INSERT INTO tags VALUES ('sf', 1), ('classic', 2), ('poetry', 3);"
                            "INSERT INTO pairs VALUES ('x', 1, 'one'), ('x', 2, 'two'), ('y', 1, 'three');"
                            "INSERT INTO log VALUES ('a'), ('b'), ('c');");
        execSql(after, QString::fromLatin1(schema) +
                           "INSERT INTO books VALUES (1, 'Dune'), (3, 'Ulysses'), (4, 'Middlemarch');"
                           "INSERT INTO tags VALUES ('sf', 1), ('classic', 20), ('poetry', 3);"
                           "INSERT INTO pairs VALUES ('x', 1, 'one'), ('x', 2, 'TWO'), ('z', 9, 'new');"
                           "INSERT INTO log VALUES ('a'), ('b'), ('c'), ('d');");
        const QByteArray hashBefore = fileHash(before), hashAfter = fileHash(after);

        auto d = diffDatabases(before, after);
        QVERIFY2(d, d ? "" : qPrintable(d.error().toText()));
        QVERIFY(!d->identical());
        QVERIFY(d->schemaChanges.isEmpty());
        QCOMPARE(d->tables.size(), 4);

        const auto* books = tableNamed(d.value(), "books");
        QVERIFY(books);
        QCOMPARE(books->rowsBefore, 3);
        QCOMPARE(books->rowsAfter, 3);
        QCOMPARE(books->added, 1);
        QCOMPARE(books->removed, 1);
        QCOMPARE(books->changed, 0);
        QCOMPARE(books->keyColumns, QStringList{"id"});
        QCOMPARE(books->addedSamples.first().key, QStringList{"4"});
        QCOMPARE(books->addedSamples.first().after, QStringList{"Middlemarch"});
        QCOMPARE(books->removedSamples.first().key, QStringList{"2"});
        QCOMPARE(books->removedSamples.first().before, QStringList{"Emma"});

        const auto* tags = tableNamed(d.value(), "tags");
        QCOMPARE(tags->keyColumns, QStringList{"name"});
        QCOMPARE(tags->added + tags->removed, 0);
        QCOMPARE(tags->changed, 1);
        QCOMPARE(tags->changedSamples.first().key, QStringList{"classic"});
        QCOMPARE(tags->changedSamples.first().before, QStringList{"2"});
        QCOMPARE(tags->changedSamples.first().after, QStringList{"20"});
        QCOMPARE(tags->changedSamples.first().changedColumns, QStringList{"uses"});

        const auto* pairs = tableNamed(d.value(), "pairs");
        QCOMPARE(pairs->keyColumns, (QStringList{"a", "b"}));
        QCOMPARE(pairs->added, 1);
        QCOMPARE(pairs->removed, 1);
        QCOMPARE(pairs->changed, 1);
        QCOMPARE(pairs->changedSamples.first().key, (QStringList{"x", "2"}));
        QCOMPARE(pairs->addedSamples.first().key, (QStringList{"z", "9"}));

        const auto* log = tableNamed(d.value(), "log");
        QCOMPARE(log->keyColumns, QStringList{"rowid"});
        QCOMPARE(log->added, 1);
        QCOMPARE(log->addedSamples.first().after, QStringList{"d"});

        // What going back to "before" would lose: the rows added or changed since.
        QStringList lost;
        for (const auto& t : d->rowsLostGoingBack())
            lost << t.table;
        QCOMPARE(lost, (QStringList{"books", "log", "pairs", "tags"}));

        // Read only: not a byte of either file changed, no journal left.
        QCOMPARE(fileHash(before), hashBefore);
        QCOMPARE(fileHash(after), hashAfter);
        QVERIFY(sideFiles(before).isEmpty());
        QVERIFY(sideFiles(after).isEmpty());
    }

    void schemaDifferencesAndOneSidedTables()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath("before.db"), after = dir.filePath("after.db");
        execSql(before, "CREATE TABLE kept (id INTEGER PRIMARY KEY, v); CREATE TABLE gone (x);"
                        "INSERT INTO gone VALUES (1), (2); CREATE INDEX kept_v ON kept(v);");
        execSql(after, "CREATE TABLE kept (id INTEGER PRIMARY KEY, v, extra); CREATE TABLE fresh (y);"
                       "INSERT INTO fresh VALUES ('n');");
        auto d = diffDatabases(before, after);
        QVERIFY(d);
        QStringList changes;
        for (const auto& c : d->schemaChanges)
            changes << QStringLiteral("%1 %2 %3").arg(int(c.kind)).arg(schemaObjectTypeName(c.type), c.name);
        changes.sort();
        QCOMPARE(changes, (QStringList{"0 table fresh", "1 index kept_v", "1 table gone", "2 table kept"}));
        const auto* gone = tableNamed(d.value(), "gone");
        QCOMPARE(gone->rowsBefore, 2);
        QCOMPARE(gone->rowsAfter, -1);
        QCOMPARE(gone->removed, 2);
        QCOMPARE(gone->removedSamples.size(), 2);
        const auto* fresh = tableNamed(d.value(), "fresh");
        QCOMPARE(fresh->added, 1);
        QCOMPARE(fresh->addedSamples.first().after, QStringList{"n"});
        // A column only one side has is not compared (the schema change says it); the others are.
        const auto* kept = tableNamed(d.value(), "kept");
        QCOMPARE(kept->columns, QStringList{"v"});
        QVERIFY(!kept->differs());
    }

    // A table whose rows cannot be read is reported with the reason, and its counts are unknown, never 0.
    void aTableThatCannotBeReadIsReportedNotZero()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath("before.db"), after = dir.filePath("after.db");
        for (const QString& path : {before, after})
            execSql(path, "CREATE TABLE ok (x); PRAGMA writable_schema = ON; INSERT INTO sqlite_schema VALUES "
                          "('table', 'ghost', 'ghost', 0, 'CREATE VIRTUAL TABLE ghost USING no_such_module(a)');"
                          "PRAGMA writable_schema = OFF;");
        auto d = diffDatabases(before, after);
        QVERIFY2(d, d ? "" : qPrintable(d.error().toText()));
        const auto* ghost = tableNamed(d.value(), "ghost");
        QVERIFY(ghost);
        QVERIFY(!ghost->readable());
        QVERIFY2(ghost->problem.contains("no_such_module"), qPrintable(ghost->problem));
        QCOMPARE(ghost->rowsBefore, -1);
        QVERIFY(ghost->differs());
        QCOMPARE(d->unreadable().size(), 1);
        QVERIFY(!d->identical());
        QVERIFY(tableNamed(d.value(), "ok")->readable());

        // A primary key that differs between the sides cannot match rows: said, not guessed.
        execSql(before, "CREATE TABLE rekeyed (a TEXT PRIMARY KEY, b TEXT) WITHOUT ROWID; INSERT INTO rekeyed VALUES "
                        "('1', '2');");
        execSql(after, "CREATE TABLE rekeyed (a TEXT, b TEXT PRIMARY KEY) WITHOUT ROWID; INSERT INTO rekeyed VALUES "
                       "('1', '2');");
        d = diffDatabases(before, after);
        QVERIFY(d);
        QVERIFY(tableNamed(d.value(), "rekeyed")->problem.contains("primary key"));
    }

    // Review findings: an integer and a real are compared exactly (as SQLite does, not through a double), and NULL
    // keys of a rowid table's non-integer PRIMARY KEY are matched by rowid, not by position.
    void largeIntegersAgainstRealsAndNullKeys()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath("before.db"), after = dir.filePath("after.db");
        const char* schema = "CREATE TABLE ids (k INTEGER PRIMARY KEY, v);"
                             "CREATE TABLE tagged (name TEXT PRIMARY KEY, colour TEXT);";
        execSql(before, QString::fromLatin1(schema) +
                            "INSERT INTO ids VALUES (1, 1234567890123456789);"
                            "INSERT INTO tagged VALUES (NULL, 'red'), (NULL, 'blue'), ('x', 'green');");
        execSql(after, QString::fromLatin1(schema) +
                           "INSERT INTO ids VALUES (1, 1.2345678901234568e18);"
                           "INSERT INTO tagged VALUES (NULL, 'red'), (NULL, 'blue'), ('x', 'green');"
                           "DELETE FROM tagged WHERE colour = 'red';");
        auto d = diffDatabases(before, after);
        QVERIFY(d);
        QCOMPARE(tableNamed(d.value(), "ids")->changed, 1); // 1234567890123456789 is not 1234567890123456768.0
        const auto* tagged = tableNamed(d.value(), "tagged");
        QCOMPARE(tagged->removed, 1);
        QCOMPARE(tagged->changed, 0);
        QCOMPARE(tagged->added, 0);
        QCOMPARE(tagged->removedSamples.first().before, QStringList{"red"});
    }

    // Review finding: a UTF-16 database sorts text by UTF-16 bytes; the merge compares the same way.
    void utf16DatabasesMatchTextKeysInTheirOrder()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath("before.db"), after = dir.filePath("after.db");
        for (const QString& path : {before, after})
            execSql(path, "PRAGMA encoding = 'UTF-16le'; CREATE TABLE t (k TEXT PRIMARY KEY, v) WITHOUT ROWID;");
        execSql(before, QStringLiteral("INSERT INTO t VALUES ('%1', 1), ('%2', 2);").arg(QChar(0x0101), QChar(0xE9)));
        execSql(after, QStringLiteral("INSERT INTO t VALUES ('%1', 2);").arg(QChar(0xE9)));
        auto d = diffDatabases(before, after);
        QVERIFY(d);
        const auto* t = tableNamed(d.value(), "t");
        QVERIFY2(t->readable(), qPrintable(t->problem));
        QCOMPARE(t->removed, 1);
        QCOMPARE(t->added, 0);
        QCOMPARE(t->changed, 0);
    }

    void cancelStopsIt()
    {
        QTemporaryDir dir;
        const QString a = createSampleDatabase(dir.path(), "a.db", 50),
                      b = createSampleDatabase(dir.path(), "b.db", 60);
        Cancelled cancelled;
        auto d = diffDatabases(a, b, {}, &cancelled);
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::Cancelled);
        auto whole = diffDatabases(a, b);
        QVERIFY(whole);
        QCOMPARE(tableNamed(whole.value(), "items")->added, 10);
        // Samples are the first few only.
        QCOMPARE(tableNamed(whole.value(), "items")->addedSamples.size(), 5);
    }

    // Keys of every storage class (NULL is not a key; integers, reals, text, blobs), mixed in one column of a
    // WITHOUT ROWID table: the two sides are read in SQLite's order and merged by Steward's comparison, so any
    // disagreement between the two would show up as wrong counts. Values compared include 1 = 1.0.
    void countsMatchAModelOnKeysOfEveryType()
    {
        QTemporaryDir dir;
        int run = 0;
        const bool ok = rc::check("diff == model", [&] {
            const QString before = dir.filePath(QStringLiteral("b%1.db").arg(run));
            const QString after = dir.filePath(QStringLiteral("a%1.db").arg(run));
            ++run;
            auto literal = [](int kind, int n) -> QString {
                switch (kind) {
                case 0:
                    return QString::number(n - 20);
                case 1:
                    return QString::number(n / 4.0 - 5, 'f', 2);
                case 2:
                    return QStringLiteral("'%1'").arg(QString(QChar('a' + n % 26)).repeated(1 + n % 3));
                default:
                    return QStringLiteral("x'%1'").arg(n % 256, 2, 16, QChar('0'));
                }
            };
            // The model: key literal → value. A key is unique by SQLite's equality (2 and 2.0 are one key).
            const int n = *rc::gen::inRange(0, 40);
            QStringList keys;
            for (int i = 0; i < n; ++i) {
                const QString k = literal(*rc::gen::inRange(0, 4), *rc::gen::inRange(0, 60));
                keys << k;
            }
            const char* schema = "CREATE TABLE t (k PRIMARY KEY, v) WITHOUT ROWID;";
            execSql(before, schema);
            execSql(after, schema);
            for (const auto& k : keys) {
                execSql(before, QStringLiteral("INSERT OR IGNORE INTO t VALUES (%1, 0)").arg(k));
                execSql(after, QStringLiteral("INSERT OR IGNORE INTO t VALUES (%1, 0)").arg(k));
            }
            // Random edits on "after": delete, change, insert; counted by SQL on the real tables as the model.
            const int edits = *rc::gen::inRange(0, 15);
            for (int i = 0; i < edits; ++i) {
                const QString k = literal(*rc::gen::inRange(0, 4), *rc::gen::inRange(0, 60));
                switch (*rc::gen::inRange(0, 3)) {
                case 0:
                    execSql(after, QStringLiteral("DELETE FROM t WHERE k = %1").arg(k));
                    break;
                case 1:
                    execSql(after, QStringLiteral("UPDATE t SET v = v + 1 WHERE k = %1").arg(k));
                    break;
                default:
                    execSql(after, QStringLiteral("INSERT OR IGNORE INTO t VALUES (%1, 0)").arg(k));
                }
            }
            // The model, by SQL on both files at once: keys only in one, keys in both with other values.
            auto count = [&](const QString& from) { return countAcross(before, after, from); };
            const qint64 added = count("a.t WHERE k NOT IN (SELECT k FROM main.t)");
            const qint64 removed = count("main.t WHERE k NOT IN (SELECT k FROM a.t)");
            const qint64 changed = count("main.t JOIN a.t USING (k) WHERE main.t.v <> a.t.v");
            auto d = diffDatabases(before, after);
            RC_ASSERT(bool(d));
            const auto* t = tableNamed(d.value(), "t");
            RC_ASSERT(t != nullptr);
            RC_ASSERT(t->readable());
            RC_ASSERT(t->added == added);
            RC_ASSERT(t->removed == removed);
            RC_ASSERT(t->changed == changed);
        });
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseDiff)
#include "TestDatabaseDiff.moc"
