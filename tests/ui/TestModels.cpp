// The UI models under QAbstractItemModelTester, without widgets.
#include "TestSupport.h"

#include "Logging.h"
#include "db/Connection.h"
#include "models/BackupListModel.h"
#include "models/LogModel.h"
#include "models/SchemaTreeModel.h"
#include "models/TableDataModel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::test;

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void dataGridFetchesLazily()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("big.db");
        execSql(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT, payload BLOB, note TEXT);"
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                    "INSERT INTO t SELECT i, 'row ' || i, CASE WHEN i % 10 = 0 THEN zeroblob(2048) END, "
                    "CASE WHEN i % 3 = 0 THEN NULL ELSE 'first line' || char(10) || 'second' END FROM n;");
        auto c = Connection::open(db);
        QVERIFY(c);
        TableDataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto reader = std::make_unique<TableReader>(*c.value(), QStringLiteral("t"));
        QVERIFY(reader->prepare());
        model.setReader(std::move(reader));
        QCOMPARE(model.columnCount(), 4);
        // A page or two (the tester fetches too), never the whole table.
        QVERIFY(model.rowCount() >= TableDataModel::PageSize && model.rowCount() <= 2 * TableDataModel::PageSize);
        QCOMPARE(model.rowCount() % TableDataModel::PageSize, 0);
        QVERIFY(model.canFetchMore());
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("label"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("row 1"));
        QCOMPARE(model.index(2, 3).data().toString(), QStringLiteral("NULL"));
        QVERIFY(model.index(2, 3).data(TableDataModel::RawValueRole).isNull());
        QVERIFY(model.index(2, 3).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.index(9, 2).data().toString(), QStringLiteral("BLOB (2.00 KiB)"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("first line …"));
        QCOMPARE(model.index(0, 3).data(Qt::ToolTipRole).toString(), QStringLiteral("first line\nsecond"));

        QSignalSpy loaded(&model, &TableDataModel::rowsLoaded);
        while (model.canFetchMore())
            model.fetchMore();
        QCOMPARE(model.rowCount(), 5000);
        QVERIFY(model.isComplete());
        QCOMPARE(loaded.last().at(0).toInt(), 5000);
        QCOMPARE(loaded.last().at(1).toBool(), true);
        QCOMPARE(model.index(4999, 0).data(TableDataModel::RawValueRole).toLongLong(), 5000);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void dataGridReportsAFailedFetch()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "s.db", 1000);
        auto c = Connection::open(db);
        QVERIFY(c);
        TableDataModel model;
        auto reader = std::make_unique<TableReader>(*c.value(), QStringLiteral("items"));
        QVERIFY(reader->prepare());
        model.setReader(std::move(reader));
        // The table disappears under the grid (another program dropped it).
        QVERIFY(c.value()->exec("DROP TABLE items"));
        QSignalSpy failed(&model, &TableDataModel::fetchFailed);
        model.fetchMore();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!model.canFetchMore()); // no retry storm
        QCOMPARE(model.rowCount() % TableDataModel::PageSize, 0);
    }

    void logModelFollowsTheRingAndFilters()
    {
        LogRing ring(50);
        LogModel model(ring);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto add = [&](int level, const QString& message) {
            ring.add(LogEntry{0, QDateTime::currentDateTime(), level, QStringLiteral("steward"), message});
        };
        add(int(spdlog::level::info), QStringLiteral("opened shop.db"));
        add(int(spdlog::level::warn), QStringLiteral("setting backups/keep is invalid"));
        add(int(spdlog::level::err), QStringLiteral("backup failed: disk full"));
        QTRY_COMPARE(model.rowCount(), 3); // delivered through the event loop
        QCOMPARE(model.index(1, LogModel::Level).data().toString(), QStringLiteral("warning"));
        QCOMPARE(model.index(2, LogModel::Message).data().toString(), QStringLiteral("backup failed: disk full"));

        proxy.setMinimumLevel(int(spdlog::level::warn));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(QStringLiteral("DISK"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText({});
        proxy.setMinimumLevel(0);
        QCOMPARE(proxy.rowCount(), 3);

        for (int i = 0; i < 120; ++i)
            add(int(spdlog::level::debug), QStringLiteral("tick %1").arg(i));
        QTRY_COMPARE(model.index(model.rowCount() - 1, LogModel::Message).data().toString(),
                     QStringLiteral("tick 119"));
        QVERIFY(model.rowCount() <= 50); // bounded like the ring
    }

    void schemaTreeGroupsObjects()
    {
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setObjects({{SchemaObjectType::Table, "books", "books", "CREATE TABLE books (id)"},
                          {SchemaObjectType::Table, "chapters", "chapters", "CREATE TABLE chapters (id)"},
                          {SchemaObjectType::Index, "books_title", "books", "CREATE INDEX books_title ON books(id)"},
                          {SchemaObjectType::Index, "sqlite_autoindex_x_1", "x", ""},
                          {SchemaObjectType::Trigger, "touch", "books", "CREATE TRIGGER touch …"}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Tables (2)"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Views (0)"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Indexes (2)"));
        const QModelIndex idx = model.find(SchemaObjectType::Index, "books_title");
        QVERIFY(idx.isValid());
        QCOMPARE(idx.data(SchemaTreeModel::SqlRole).toString(),
                 QStringLiteral("CREATE INDEX books_title ON books(id)"));
        QCOMPARE(idx.data(SchemaTreeModel::OwnerRole).toString(), QStringLiteral("books"));
        QVERIFY(idx.data(Qt::ToolTipRole).toString().startsWith("On table books"));
        QVERIFY(!model.find(SchemaObjectType::View, "books").isValid());
    }
    void backupListModel()
    {
        BackupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupInfo a;
        a.id = "a.db";
        a.hasMetadata = true;
        a.status = BackupStatus::Valid;
        a.fileSize = 4096;
        a.metadata.reason = "first";
        a.metadata.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        a.metadata.userVersion = 16;
        a.metadata.migrationVersion = 16;
        a.metadata.pinned = true;
        BackupInfo b;
        b.id = "stray.db";
        b.status = BackupStatus::Incomplete;
        b.statusReason = "its metadata file is missing";
        b.modified = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        model.setBackups({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(BackupListModel::ColumnCount));
        QCOMPARE(model.index(0, BackupListModel::Status).data().toString(), QStringLiteral("Valid"));
        QCOMPARE(model.index(0, BackupListModel::SchemaVersion).data().toString(), QStringLiteral("16 (migration 16)"));
        QCOMPARE(model.index(0, BackupListModel::Pinned).data().toString(), QStringLiteral("pinned"));
        QCOMPARE(model.index(1, BackupListModel::Reason).data().toString(),
                 QStringLiteral("its metadata file is missing"));
        QCOMPARE(model.index(1, BackupListModel::Status).data().toString(), QStringLiteral("Incomplete"));
        QVERIFY(model.index(0, BackupListModel::Created).data(BackupListModel::SortRole).toDateTime() >
                model.index(1, BackupListModel::Created).data(BackupListModel::SortRole).toDateTime());
        QCOMPARE(model.rowOf("stray.db"), 1);
        model.setBackups({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "TestModels.moc"
