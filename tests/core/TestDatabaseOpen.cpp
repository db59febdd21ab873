// Opening a database: every failure kind produced for real, with the file unchanged and nothing left behind.
#include "TestSupport.h"

#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "db/SqliteErrors.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace steward;
using namespace steward::test;

Q_DECLARE_METATYPE(steward::ErrorCode)

class TestDatabaseOpen : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Opens, expects failure with `code`, checks the file is byte-for-byte unchanged and no side file appeared.
    void expectRefused(const QString& file, ErrorCode code, Error* out = nullptr)
    {
        const QByteArray before = fileHash(file);
        auto c = Connection::open(file);
        QVERIFY2(!c, "the open should have failed");
        QCOMPARE(errorCodeName(c.error().code), errorCodeName(code));
        QVERIFY(!c.error().message.isEmpty());
        QVERIFY(!c.error().hint.isEmpty());
        QCOMPARE(fileHash(file), before);
        QVERIFY2(sideFiles(file).isEmpty(), qPrintable(sideFiles(file).join(u',')));
        if (out)
            *out = c.error();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void missingFileIsReportedNeverCreated()
    {
        const QString file = path(QStringLiteral("missing.db"));
        auto c = Connection::open(file);
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::CannotOpen);
        QVERIFY(c.error().message.contains(QStringLiteral("missing.db")));
        QVERIFY(!QFile::exists(file));
        QVERIFY(sideFiles(file).isEmpty());
    }

    void folderIsRefused()
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("folder.db"));
        auto c = Connection::open(path(QStringLiteral("folder.db")));
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::CannotOpen);
        QVERIFY(c.error().message.contains(QStringLiteral("folder")));
    }

    void randomBytesAreNotADatabase()
    {
        const QString file = path(QStringLiteral("random.db"));
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (auto& b : bytes)
            b = char(gen.generate());
        writeFile(file, bytes);
        expectRefused(file, ErrorCode::NotADatabase);
    }

    void textFileIsNotADatabase()
    {
        const QString file = path(QStringLiteral("notes.txt"));
        writeFile(file, QByteArray("just some notes, not a database\n").repeated(200));
        expectRefused(file, ErrorCode::NotADatabase);
    }

    void tinyFileIsNotADatabase()
    {
        const QString file = path(QStringLiteral("tiny.db"));
        writeFile(file, QByteArray("SQLite format 3"));
        expectRefused(file, ErrorCode::NotADatabase);
    }

    void truncatedFileIsCorrupt_data()
    {
        QTest::addColumn<int>("pagesKept");
        QTest::addColumn<int>("extraBytes");
        QTest::addRow("half the pages") << 0 << 0;
        QTest::addRow("one page") << 1 << 0;
        QTest::addRow("mid-page cut") << 3 << 1000;
    }
    void truncatedFileIsCorrupt()
    {
        QFETCH(int, pagesKept);
        QFETCH(int, extraBytes);
        QTemporaryDir dir;
        const QString source = createSampleDatabase(dir.path(), QStringLiteral("full.db"), 2000);
        QByteArray bytes = readFile(source);
        const int pageSize = 4096;
        QVERIFY(bytes.size() > 8 * pageSize);
        const int keep = pagesKept == 0 ? (bytes.size() / 2 / pageSize) * pageSize : pagesKept * pageSize + extraBytes;
        const QString file = dir.filePath(QStringLiteral("truncated.db"));
        writeFile(file, bytes.left(keep));
        Error e;
        expectRefused(file, ErrorCode::Corrupt, &e);
        QVERIFY2(e.message.contains(QStringLiteral("shorter")), qPrintable(e.message));
    }

    void damagedHeaderIsCorrupt()
    {
        QTemporaryDir dir;
        const QString file = createSampleDatabase(dir.path());
        QByteArray bytes = readFile(file);
        bytes[16] = char(0x12); // page size 0x1200 is not a power of two
        bytes[17] = char(0x34);
        writeFile(file, bytes);
        expectRefused(file, ErrorCode::Corrupt);
    }

    void damagedSchemaPageIsCorrupt()
    {
        QTemporaryDir dir;
        const QString file = createSampleDatabase(dir.path());
        QByteArray bytes = readFile(file);
        // Page 1 holds sqlite_schema after the 100-byte header: its b-tree page header is garbage now.
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(0xA5);
        writeFile(file, bytes);
        Error e;
        expectRefused(file, ErrorCode::Corrupt, &e);
        QVERIFY(e.nativeCode != 0);
    }

    void lockedByAnotherProcessIsBusy()
    {
        QTemporaryDir dir;
        const QString file = createSampleDatabase(dir.path());
        const QByteArray before = fileHash(file);
        LockHolder lock(file, QStringLiteral("exclusive"));
        QVERIFY2(lock.isHolding(), "the helper process did not take the lock");
        OpenOptions options;
        options.busyTimeoutMs = 200;
        auto c = Connection::open(file, options);
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::Busy);
        QVERIFY(c.error().message.contains(QStringLiteral("locked")));
        lock.release();
        QCOMPARE(fileHash(file), before);
        QVERIFY(sideFiles(file).isEmpty());
        // Once released, the same file opens.
        QVERIFY(Connection::open(file, options));
    }

    void readOnlyFileOpensReadOnlyAndRefusesWrites()
    {
        QTemporaryDir dir;
        const QString file = createSampleDatabase(dir.path());
        const QByteArray before = fileHash(file);
        if (!makeReadOnly(file))
            QSKIP("this filesystem cannot make a file read-only for this user");
        {
            auto c = Connection::open(file);
            QVERIFY2(c, c ? "" : qPrintable(c.error().toText()));
            QVERIFY(c.value()->isReadOnly());
            auto w = c.value()->exec(QStringLiteral("INSERT INTO items (name, qty) VALUES ('new', 1)"));
            QVERIFY(!w);
            QCOMPARE(w.error().code, ErrorCode::ReadOnly);
            QVERIFY(!w.error().hint.isEmpty());
        }
        makeWritable(file);
        QCOMPARE(fileHash(file), before);
        QVERIFY(sideFiles(file).isEmpty());
    }

    void openingChangesNothing()
    {
        QTemporaryDir dir;
        const QString file = createSampleDatabase(dir.path());
        execSql(file, QStringLiteral("PRAGMA journal_mode = DELETE"));
        const QByteArray before = fileHash(file);
        {
            auto c = Connection::open(file);
            QVERIFY(c);
            QVERIFY(!c.value()->isReadOnly());
            auto info = c.value()->engine().info(*c.value(), true);
            QVERIFY(info);
            QCOMPARE(info->journalMode, QStringLiteral("delete"));
            QCOMPARE(info->tables.size(), 1);
            QCOMPARE(info->tables[0].rowCount, 100);
        }
        QCOMPARE(fileHash(file), before);
        QVERIFY(sideFiles(file).isEmpty());
    }

    void walDatabaseLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString file = createSampleDatabase(dir.path(), QStringLiteral("wal.db"));
        execSql(file, QStringLiteral("PRAGMA journal_mode = WAL; INSERT INTO items (name, qty) VALUES ('w', 1);"));
        QVERIFY(sideFiles(file).isEmpty()); // the last close checkpointed and removed the WAL
        const QByteArray before = fileHash(file);
        {
            auto c = Connection::open(file);
            QVERIFY(c);
            auto info = c.value()->engine().info(*c.value(), true);
            QVERIFY(info);
            QCOMPARE(info->journalMode, QStringLiteral("wal"));
            QCOMPARE(info->tables[0].rowCount, 101);
        }
        QCOMPARE(fileHash(file), before);
        QVERIFY2(sideFiles(file).isEmpty(), qPrintable(sideFiles(file).join(u',')));
    }

    void emptyFileIsAnEmptyDatabase()
    {
        const QString file = path(QStringLiteral("empty.db"));
        writeFile(file, {});
        auto c = Connection::open(file);
        QVERIFY(c);
        auto objects = c.value()->engine().schemaObjects(*c.value());
        QVERIFY(objects);
        QVERIFY(objects->isEmpty());
        QCOMPARE(QFileInfo(file).size(), 0);
    }

    void pathWithUriCharactersOpens()
    {
        QTemporaryDir dir;
        const QString file = createSampleDatabase(dir.path(), QStringLiteral("odd ?name#%20ü.db"));
        auto c = Connection::open(file);
        QVERIFY2(c, c ? "" : qPrintable(c.error().detail));
        QCOMPARE(c.value()->path(), QFileInfo(file).absoluteFilePath());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("odd "))));
    }

    void diskFullConstraintAndSqlErrorsForReal()
    {
        QTemporaryDir dir;
        const QString file = createSampleDatabase(dir.path());
        auto c = Connection::open(file);
        QVERIFY(c);
        Connection& conn = *c.value();
        // A size limit makes SQLite report SQLITE_FULL exactly as a full disk does.
        auto pages = conn.scalar(QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages);
        QVERIFY(conn.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toLongLong())));
        auto full = conn.exec(
            QStringLiteral("INSERT INTO items (name, qty) SELECT name || ' copy', randomblob(8000) FROM items"));
        QVERIFY(!full);
        QCOMPARE(full.error().code, ErrorCode::DiskFull);

        auto dup = conn.exec(QStringLiteral("INSERT INTO items (name, qty) VALUES ('item 1', 1)"));
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Constraint);
        QVERIFY(dup.error().message.contains(QStringLiteral("UNIQUE")));

        auto bad = conn.exec(QStringLiteral("SELEC * FROM items"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::SqlError);
        auto unknown = conn.exec(QStringLiteral("SELECT nope FROM items"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::SqlError);
        QVERIFY(unknown.error().message.contains(QStringLiteral("nope")));
    }

    void classificationOfEveryCode_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addRow("busy") << SQLITE_BUSY << ErrorCode::Busy;
        QTest::addRow("busy snapshot") << SQLITE_BUSY_SNAPSHOT << ErrorCode::Busy;
        QTest::addRow("locked") << SQLITE_LOCKED << ErrorCode::Busy;
        QTest::addRow("readonly") << SQLITE_READONLY << ErrorCode::ReadOnly;
        QTest::addRow("readonly dbmoved") << SQLITE_READONLY_DBMOVED << ErrorCode::ReadOnly;
        QTest::addRow("perm") << SQLITE_PERM << ErrorCode::ReadOnly;
        QTest::addRow("notadb") << SQLITE_NOTADB << ErrorCode::NotADatabase;
        QTest::addRow("corrupt") << SQLITE_CORRUPT << ErrorCode::Corrupt;
        QTest::addRow("corrupt index") << SQLITE_CORRUPT_INDEX << ErrorCode::Corrupt;
        QTest::addRow("full") << SQLITE_FULL << ErrorCode::DiskFull;
        QTest::addRow("ioerr") << SQLITE_IOERR << ErrorCode::IoError;
        QTest::addRow("ioerr write") << SQLITE_IOERR_WRITE << ErrorCode::IoError;
        QTest::addRow("ioerr fsync") << SQLITE_IOERR_FSYNC << ErrorCode::IoError;
        QTest::addRow("cantopen") << SQLITE_CANTOPEN << ErrorCode::CannotOpen;
        QTest::addRow("constraint unique") << SQLITE_CONSTRAINT_UNIQUE << ErrorCode::Constraint;
        QTest::addRow("constraint fk") << SQLITE_CONSTRAINT_FOREIGNKEY << ErrorCode::Constraint;
        QTest::addRow("error") << SQLITE_ERROR << ErrorCode::SqlError;
        QTest::addRow("interrupt") << SQLITE_INTERRUPT << ErrorCode::Cancelled;
    }
    void classificationOfEveryCode()
    {
        QFETCH(int, code);
        QFETCH(ErrorCode, expected);
        const Error e = classifySqliteError(code, QStringLiteral("native text"), QStringLiteral("/some/file.db"));
        QCOMPARE(errorCodeName(e.code), errorCodeName(expected));
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.detail.contains(QStringLiteral("/some/file.db")));
        QVERIFY(e.detail.contains(QStringLiteral("native text")));
        QCOMPARE(e.nativeCode, code);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "TestDatabaseOpen.moc"
