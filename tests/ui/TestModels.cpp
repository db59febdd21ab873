// The UI models under QAbstractItemModelTester, without widgets.
#include "TestSupport.h"

#include "Logging.h"
#include "Settings.h"
#include "db/Connection.h"
#include "models/BackupListModel.h"
#include "models/ConsoleResultModel.h"
#include "models/FingerprintModel.h"
#include "models/LogModel.h"
#include "models/QueryChartFeed.h"
#include "models/SchemaTreeModel.h"
#include "models/TableDataModel.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

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
        TableDataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Settings settings(dir.filePath("settings.ini"));
        Workspace workspace(db, settings);
        model.setSource([&](const TableReader::Cursor& cursor, int count) {
            return workspace.readTablePage(QStringLiteral("t"), cursor, count);
        });
        // Pages are read by jobs off the UI thread: the first arrives a moment later.
        QTRY_COMPARE(model.columnCount(), 4);
        QTRY_VERIFY(!model.isLoading());
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
        while (model.canFetchMore()) {
            model.fetchMore();
            QTRY_VERIFY(!model.isLoading());
        }
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
        TableDataModel model;
        Settings settings(dir.filePath("settings.ini"));
        Workspace workspace(db, settings);
        model.setSource([&](const TableReader::Cursor& cursor, int count) {
            return workspace.readTablePage(QStringLiteral("items"), cursor, count);
        });
        QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
        // The table disappears under the grid (another program dropped it).
        execSql(db, "DROP TABLE items");
        QSignalSpy failed(&model, &TableDataModel::fetchFailed);
        model.fetchMore();
        QTRY_COMPARE(failed.count(), 1);
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

    void fingerprintModel()
    {
        FingerprintModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(FingerprintModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto summary = [](const char* fp, QuerySource source, qint64 calls, double total, double p95) {
            FingerprintSummary s;
            s.fingerprint = fp;
            s.example = fp;
            s.source = source;
            s.calls = calls;
            s.totalMs = total;
            s.meanMs = total / double(calls);
            s.p95Ms = p95;
            s.maxMs = p95 * 2;
            return s;
        };
        model.setSummaries({summary("SELECT ?", QuerySource::Traced, 10, 5, 0.9),
                            summary("UPDATE t SET x = ?", QuerySource::Application, 2, 900, 600),
                            summary("SELECT ?", QuerySource::Application, 1, 120, 120)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(FingerprintModel::ColumnCount));
        // Sorted by the numbers, not by the text of them.
        proxy.sort(FingerprintModel::Total, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, FingerprintModel::Statement).data().toString(), QStringLiteral("UPDATE t SET x = ?"));
        QCOMPARE(proxy.index(2, FingerprintModel::Total).data().toString(), QStringLiteral("5.0"));
        proxy.sort(FingerprintModel::Calls, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, FingerprintModel::Calls).data().toString(), QStringLiteral("10"));
        QCOMPARE(proxy.index(0, FingerprintModel::Source).data().toString(), QStringLiteral("Steward"));
        proxy.sort(FingerprintModel::P95, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, FingerprintModel::P95).data().toString(), QStringLiteral("0.900"));
        // A live refresh with the same statements updates in place; another set resets.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto same = model.summaries();
        same[0].calls = 11;
        model.setSummaries(same);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        model.setSummaries({summary("DELETE FROM t", QuerySource::Traced, 1, 1, 1)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowOf("DELETE FROM t"), 0);
        QCOMPARE(model.rowOf("SELECT ?"), -1);
        model.setSummaries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void consoleResultModelFetchesAPageAtATime()
    {
        ConsoleResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy wanted(&model, &ConsoleResultModel::moreWanted);
        QVector<QVariantList> page;
        for (int i = 0; i < 100; ++i)
            page.push_back({qint64(i), QVariant(), QByteArray(3, 'x')});
        model.setResult({"id", "nothing", "blob"}, page, true);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("nothing"));
        QCOMPARE(model.index(5, 1).data().toString(), QStringLiteral("NULL"));
        QCOMPARE(model.index(5, 2).data().toString(), QStringLiteral("BLOB (3 bytes)"));
        QVERIFY(model.hasMore());
        if (wanted.isEmpty()) // the tester may have asked already, as a view would
            model.fetchMore({});
        QCOMPARE(wanted.count(), 1);
        QVERIFY(!model.canFetchMore({})); // one request at a time
        model.fetchMore({});
        QCOMPARE(wanted.count(), 1);
        model.appendRows(page, false);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(!model.canFetchMore({}));
        model.clear();
        QCOMPARE(model.columnCount(), 0);
    }

    void chartFeeds()
    {
        QVector<QueryEvent> events;
        const qint64 t0 = 1'700'000'000'000;
        // 100,000 statements: the timeline draws at most one marker per cell and series.
        for (int i = 0; i < 100000; ++i)
            events.push_back({t0 + i * 10, 0.05 + (i % 1000) * 0.3, QStringLiteral("SELECT ?"), QString(), QString(),
                              i % 7 == 0 ? QuerySource::Application : QuerySource::Traced});
        const TimelineData t = timelineOf(events, 100.0, {}, 200, 50);
        QCOMPARE(t.events, 100000);
        QVERIFY(t.fast.size() + t.slow.size() + t.application.size() <= 3 * 200 * 51);
        QVERIFY(!t.slow.isEmpty() && !t.fast.isEmpty() && !t.application.isEmpty());
        for (const QPointF& p : t.slow)
            QVERIFY(p.y() >= 100.0);
        for (const QPointF& p : t.fast)
            QVERIFY(p.y() < 100.0);
        QCOMPARE(t.firstMs, t0);
        QCOMPARE(t.lastMs, t0 + 999990);
        QVERIFY(timelineOf(events, 100.0, QStringLiteral("other")).events == 0);

        // Histogram buckets by decade; the boundary goes to the upper bucket.
        QVector<QueryEvent> few;
        for (double ms : {0.0, 0.009, 0.01, 0.5, 99.9, 100.0, 20000.0})
            few.push_back({t0, ms, QStringLiteral("X"), {}, {}, QuerySource::Traced});
        const HistogramData h = histogramOf(few);
        QCOMPARE(h.labels.size(), 8);
        QCOMPARE(h.counts, (QList<qreal>{2, 1, 1, 0, 1, 1, 0, 1}));

        // Top N by total, mean or calls.
        QVector<FingerprintSummary> s(3);
        s[0].fingerprint = "a";
        s[0].calls = 1;
        s[0].totalMs = 50;
        s[0].meanMs = 50;
        s[1].fingerprint = "b";
        s[1].calls = 10;
        s[1].totalMs = 20;
        s[1].meanMs = 2;
        s[2].fingerprint = "c";
        s[2].calls = 5;
        s[2].totalMs = 100;
        s[2].meanMs = 20;
        QCOMPARE(topOf(s, TopBy::Total, 2).fingerprints, (QStringList{"c", "a"}));
        QCOMPARE(topOf(s, TopBy::Mean, 3).fingerprints, (QStringList{"a", "c", "b"}));
        // Issue 14: the top statements' axis had ticks like 0 / 10411 / 20822.
        auto nice = [](double largest, int ticks) {
            const NiceAxis a = niceAxis(largest, ticks);
            return QStringLiteral("%1/%2").arg(a.max).arg(a.ticks);
        };
        QCOMPARE(nice(20822, 4), QStringLiteral("30000/4")); // 0, 10000, 20000, 30000
        QCOMPARE(nice(15617, 3), QStringLiteral("20000/3"));
        QCOMPARE(nice(7, 5), QStringLiteral("8/5")); // 0, 2, 4, 6, 8
        QCOMPARE(nice(3, 5), QStringLiteral("3/4")); // counts: whole steps
        QCOMPARE(nice(0.37, 4), QStringLiteral("0.4/3"));
        QCOMPARE(nice(0, 4), QStringLiteral("1/2"));
        for (double v : {1.0, 9.5, 123.0, 99999.0, 0.002}) {
            const NiceAxis a = niceAxis(v, 5);
            QVERIFY(a.max >= v && a.ticks >= 2 && a.ticks <= 5);
            const double step = a.max / (a.ticks - 1);
            const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
            const double rounds[] = {1.0, 2.0, 5.0, 10.0};
            const bool round = std::any_of(std::begin(rounds), std::end(rounds),
                                           [&](double m) { return std::abs(mantissa - m) < 1e-6; });
            QVERIFY2(round, qPrintable(QString::number(step)));
        }
        QCOMPARE(topOf(s, TopBy::Calls, 1).values, (QList<qreal>{10}));
        // A long statement's label is elided (the chart's margin), the whole fingerprint kept for the tooltip.
        s[0].fingerprint = QStringLiteral("SELECT c.name, count(*) FROM characters AS c JOIN chapter_characters AS cc");
        const TopData long_ = topOf(s, TopBy::Mean, 1);
        QVERIFY(long_.labels.first().size() <= 24 && long_.labels.first().endsWith(QChar(0x2026)));
        QCOMPARE(long_.fingerprints.first(), s[0].fingerprint);
    }
};

QTEST_MAIN(TestModels)
#include "TestModels.moc"
