// The Queries panel driven like a user: a slow statement run in the console shows up in the fingerprint table and
// on the timeline; writes ask first and wait for commit or rollback; a malformed statement says where and changes
// nothing; Cancel stops a statement that never ends; Export CSV writes what is shown.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"
#include "charts/QueryCharts.h"
#include "common/FileDialog.h"
#include "common/Prompt.h"
#include "db/DatabaseSession.h"
#include "models/ConsoleResultModel.h"
#include "models/FingerprintModel.h"
#include "monitor/Fingerprint.h"
#include "monitor/QueryMonitor.h"
#include "queries/QueriesPanel.h"
#include "queries/SlowQueryWidget.h"
#include "queries/SqlConsoleWidget.h"

#include <QAction>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>
#include <cmath>

using namespace steward;
using namespace steward::test;

namespace {

const QString SlowStatement = QStringLiteral(
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1500000) SELECT count(*) FROM c");

} // namespace

class TestQueriesPanel : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QueriesPanel* m_panel = nullptr;
    SqlConsoleWidget* m_console = nullptr;

    ConsoleResult runInConsole(const QString& text, int cursor = -1, bool all = false)
    {
        m_console->editor()->setPlainText(text);
        QTextCursor c = m_console->editor()->textCursor();
        c.setPosition(cursor < 0 ? int(text.size()) : cursor);
        m_console->editor()->setTextCursor(c);
        QSignalSpy done(m_console, &SqlConsoleWidget::finishedRun);
        m_console->findChild<QAction*>(all ? "runAll" : "runStatement")->trigger();
        if (!done.wait(60000))
            return {};
        return done.first().at(0).value<ConsoleResult>();
    }

private slots:
    void initTestCase()
    {
        qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8());
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); // plurals, as the application has
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_data.filePath("settings.ini"));
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDemo());
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        m_panel = qobject_cast<QueriesPanel*>(m_window->tabs()->currentWidget());
        QVERIFY(m_panel);
        m_console = m_panel->console();
        QVERIFY(m_console);
    }

    void cleanup()
    {
        m_window.reset(); // rolls back what a test left open
        m_settings.reset();
    }

    void aSlowStatementFromTheConsoleIsInTheTableAndOnTheChart()
    {
        SlowQueryWidget* performance = m_panel->performance();
        performance->findChild<QSpinBox*>("thresholdSpin")->setValue(20);
        QCOMPARE(m_window->session()->monitor().thresholdMs(), 20);

        // The cursor in the second statement runs only that one.
        const QString text = QStringLiteral("SELECT 1;\n") + SlowStatement + QStringLiteral(";\nSELECT 3;");
        const ConsoleResult r = runInConsole(text, int(text.indexOf("RECURSIVE")));
        QVERIFY(!r.error);
        QCOMPARE(r.statements.size(), 1);
        QCOMPARE(m_console->resultModel()->rowCount(), 1);
        QCOMPARE(m_console->resultModel()->index(0, 0).data(Qt::EditRole).toLongLong(), 1500000);
        const double ms = double(r.statements[0].durationNs) / 1e6;
        QVERIFY2(ms >= 20, qPrintable(QString::number(ms))); // slow, for the test's threshold
        QVERIFY(m_console->findChild<QLabel*>("consoleStatus")->text().contains("1 row"));
        QCOMPARE(m_console->history().first(), SlowStatement + QLatin1Char(';'));

        QSignalSpy loaded(performance, &SlowQueryWidget::loaded);
        m_panel->showPerformance();
        QVERIFY(loaded.wait(20000));
        const QString fp = fingerprint(SlowStatement);
        FingerprintModel* model = performance->model();
        const int row = model->rowOf(fp);
        QVERIFY2(row >= 0, "the statement is in the fingerprint table");
        const FingerprintSummary* s = model->summary(row);
        QCOMPARE(s->calls, 1);
        QCOMPARE(s->source, QuerySource::Traced);
        QVERIFY(s->maxMs >= 20);

        // On the timeline as a slow point, at its duration.
        QScatterSeries* slow = performance->charts()->slowSeries();
        bool onChart = false;
        for (const QPointF& p : slow->points())
            onChart = onChart || std::abs(p.y() - s->maxMs) < 1e-6;
        QVERIFY2(onChart, "the statement is a slow point on the timeline");
        // The demo's own recorded rows are there too, marked as the application's.
        QVERIFY(performance->charts()->applicationSeries()->count() > 0);
        QVERIFY(performance->charts()->histogramSet()->sum() >= 2);
        QVERIFY(performance->charts()->topSet()->count() > 0);

        // Clicking the row filters the charts to it and shows its SQL and plan.
        auto* table = performance->findChild<QTableView*>("fingerprintTable");
        const QModelIndex proxyIndex = [&] {
            for (int i = 0; i < table->model()->rowCount(); ++i)
                if (table->model()->index(i, 0).data(FingerprintModel::FingerprintRole).toString() == fp)
                    return table->model()->index(i, FingerprintModel::Statement);
            return QModelIndex();
        }();
        QVERIFY(proxyIndex.isValid());
        table->scrollTo(proxyIndex);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(proxyIndex).center());
        QCOMPARE(performance->selectedFingerprint(), fp);
        QCOMPARE(performance->charts()->timelinePoints(), 1);
        QVERIFY(performance->findChild<QPlainTextEdit*>("statementDetails")->toPlainText().contains("RECURSIVE"));
        QTRY_VERIFY(performance->findChild<QTreeWidget*>("queryPlan")->topLevelItemCount() > 0);

        // Export CSV writes the statements shown (the filtered one).
        const QString csv = m_data.filePath("queries.csv");
        FileDialog::setNextFileName(csv);
        performance->findChild<QPushButton*>("exportQueries")->click();
        const QStringList lines = QString::fromUtf8(readFile(csv)).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith("time_utc,source,duration_ms"));
        QVERIFY(lines[1].contains("RECURSIVE"));

        // Issue 14's charts: every series has a marker of its own in the legend (the threshold is not a second red
        // square), the top statements' axis ticks on round numbers, and the details follow the selection.
        QChart* timeline = performance->findChild<QChartView*>("timelineChart")->chart();
        QCOMPARE(timeline->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
        QColor slowColor, thresholdColor;
        for (auto* marker : timeline->legend()->markers()) {
            if (marker->series() == performance->charts()->slowSeries())
                slowColor = marker->brush().color();
            if (marker->type() == QLegendMarker::LegendMarkerTypeXY &&
                marker->series()->type() == QAbstractSeries::SeriesTypeLine)
                thresholdColor = marker->pen().color();
        }
        QVERIFY(slowColor.isValid() && thresholdColor.isValid());
        QVERIFY(slowColor != thresholdColor);
        for (auto* axis : performance->findChild<QChartView*>("topChart")->chart()->axes(Qt::Horizontal)) {
            auto* values = qobject_cast<QValueAxis*>(axis);
            QVERIFY(values);
            const double step = values->max() / (values->tickCount() - 1);
            const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
            QVERIFY2(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6 ||
                         std::abs(mantissa - 10) < 1e-6,
                     qPrintable(QStringLiteral("%1 in %2 ticks").arg(values->max()).arg(values->tickCount())));
        }
        // Cleared: the statement is gone from the report, and its details with it.
        Prompt::setNextAnswer(true);
        performance->findChild<QPushButton*>("clearQueries")->click();
        QTRY_VERIFY(performance->findChild<QPlainTextEdit*>("statementDetails")->toPlainText().isEmpty());
        QVERIFY(performance->selectedFingerprint().isEmpty());
    }

    // Issue 14: Steward's own statements (its console's BEGIN and SAVEPOINT, the driver's pragmas) crowded the
    // performance view. They are hidden by default; the user's statements and the application's rows stay.
    void stewardsOwnStatementsAreHiddenByDefault()
    {
        Prompt::setNextAnswer(true);
        const ConsoleResult r = runInConsole("UPDATE books SET title = title WHERE id = 1", -1, true);
        QVERIFY(!r.error);
        QVERIFY(m_console->inTransaction());
        SlowQueryWidget* performance = m_panel->performance();
        QSignalSpy loaded(performance, &SlowQueryWidget::loaded);
        m_panel->showPerformance();
        QVERIFY(loaded.wait(20000));
        auto sqlShown = [&] {
            QStringList out;
            for (const auto& e : performance->report().events)
                out << e.sql;
            return out.join('\n');
        };
        auto* hide = performance->findChild<QCheckBox*>("hideOwnStatements");
        QVERIFY(hide && hide->isChecked());
        QVERIFY2(sqlShown().contains("UPDATE books SET title"), qPrintable(sqlShown()));
        QVERIFY2(!sqlShown().contains("SAVEPOINT steward_console"), qPrintable(sqlShown()));
        int application = 0;
        for (const auto& e : performance->report().events)
            application += e.source == QuerySource::Application;
        QVERIFY(application > 0);
        hide->setChecked(false);
        QVERIFY2(sqlShown().contains("SAVEPOINT steward_console"), qPrintable(sqlShown()));
        QVERIFY(sqlShown().contains("UPDATE books SET title"));
        m_console->findChild<QAction*>("rollbackTransaction")->trigger();
        QTRY_VERIFY(!m_console->inTransaction());
    }

    void writesAskFirstAndWaitForCommit()
    {
        const QString db = m_window->session()->path();
        const QString before = queryString(db, "SELECT count(*) FROM tags");
        QVERIFY(before.toInt() > 0);

        Prompt::setNextAnswer(false);
        m_console->editor()->setPlainText("DELETE FROM tags");
        m_console->findChild<QAction*>("runStatement")->trigger();
        QTRY_VERIFY(!m_console->isRunning()); // declined: nothing ran
        QVERIFY(!m_console->history().contains("DELETE FROM tags"));

        Prompt::setNextAnswer(true);
        ConsoleResult r = runInConsole("DELETE FROM tags");
        QVERIFY(!r.error);
        QVERIFY(r.inTransaction);
        QVERIFY(m_console->inTransaction());
        QVERIFY(m_console->findChild<QLabel*>("transactionState")->text().contains("Transaction open"));
        QCOMPARE(queryString(db, "SELECT count(*) FROM tags"), before); // not committed: others see nothing

        // Closing the window with the transaction open asks first; declining keeps it open.
        Prompt::setNextAnswer(false);
        QVERIFY(!m_window->close());
        QVERIFY(m_console->inTransaction());

        QSignalSpy done(m_console, &SqlConsoleWidget::finishedRun);
        m_console->findChild<QAction*>("rollbackTransaction")->trigger();
        QVERIFY(done.wait());
        QVERIFY(!m_console->inTransaction());
        QCOMPARE(queryString(db, "SELECT count(*) FROM tags"), before);

        Prompt::setNextAnswer(true);
        QVERIFY(!runInConsole("DELETE FROM tags WHERE id = (SELECT min(id) FROM tags)").error);
        m_console->findChild<QAction*>("commitTransaction")->trigger();
        QVERIFY(done.wait());
        QCOMPARE(queryString(db, "SELECT count(*) FROM tags").toInt(), before.toInt() - 1);
    }

    void malformedSqlSaysWhereAndChangesNothing()
    {
        const QString db = m_window->session()->path();
        const QByteArray hash = fileHash(db);
        Prompt::setNextAnswer(true);
        const QString text = QStringLiteral("DELETE FROM tags;\nSELECT *\n  FROM chapterz");
        const ConsoleResult r = runInConsole(text, 0, true);
        QVERIFY(r.error);
        QVERIFY(r.undone);
        const QString status = m_console->findChild<QLabel*>("consoleStatus")->text();
        QVERIFY2(status.contains("chapterz") && status.contains("line 3, column 8"), qPrintable(status));
        QCOMPARE(m_console->editor()->textCursor().position(), int(text.indexOf("chapterz")));
        m_console->findChild<QAction*>("rollbackTransaction")->trigger();
        QTRY_VERIFY(!m_console->inTransaction());
        QCOMPARE(fileHash(db), hash);
    }

    void cancelStopsAStatementThatNeverEnds()
    {
        m_console->editor()->setPlainText(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
        QSignalSpy done(m_console, &SqlConsoleWidget::finishedRun);
        m_console->findChild<QAction*>("runStatement")->trigger();
        QVERIFY(m_console->isRunning());
        auto* cancel = m_console->findChild<QAction*>("cancelStatement");
        QVERIFY(cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT((cancel->trigger(), done.count() == 1), 20000);
        const auto r = done.first().at(0).value<ConsoleResult>();
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ErrorCode::Cancelled);
        QVERIFY(!m_console->isRunning());
        QVERIFY(m_console->findChild<QAction*>("runStatement")->isEnabled());
    }

    // Issue 14: on a read-only database the console offered to run a write, said "Nothing of this run was changed",
    // then showed "Transaction open" with Commit enabled. Now it refuses up front and opens no transaction.
    void aReadOnlyDatabaseRefusesWritesUpFront()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "locked.db", 10);
        if (!makeReadOnly(db))
            QSKIP("this filesystem cannot make a file read-only");
        const QByteArray hash = fileHash(db);
        QVERIFY(m_window->openDatabase(db));
        QTRY_VERIFY(m_console->findChild<QAction*>("runAll")->isEnabled());
        m_console->editor()->setPlainText("INSERT INTO items (name, qty) VALUES ('new', 1)");
        Prompt::setNextAnswer(true); // were it asked, it would say yes: it must not be asked
        m_console->findChild<QAction*>("runAll")->trigger();
        auto* status = m_console->findChild<QLabel*>("consoleStatus");
        QTRY_VERIFY2(status->text().contains("read-only"), qPrintable(status->text()));
        QVERIFY(Prompt::hasPendingAnswer()); // nobody asked
        Prompt::clearPending();
        QVERIFY(!m_console->inTransaction());
        QVERIFY(!m_console->findChild<QAction*>("commitTransaction")->isEnabled());
        QVERIFY(m_console->findChild<QLabel*>("transactionState")->text().isEmpty());
        // Reading goes on.
        const auto read = runInConsole("SELECT count(*) FROM items", -1, true);
        QVERIFY(!read.error);
        QCOMPARE(read.rows.first().first().toInt(), 10);
        makeWritable(db);
        QCOMPARE(fileHash(db), hash);
    }

    // Issue 14: the console kept its text, results and messages when another database was opened, and result
    // columns had one fixed width that cut text.
    void textResultsAndColumnsBelongToTheirDatabase()
    {
        const QString demo = m_window->session()->path();
        const auto r =
            runInConsole("SELECT 'a title long enough to need a wide column of its own' AS title, 1 AS n", -1, true);
        QVERIFY(!r.error);
        auto* results = m_console->findChild<QTableView*>("consoleResults");
        QTRY_VERIFY(results->columnWidth(0) > results->columnWidth(1));
        // Plurals through tr("%n …"): "1 row", never "1 rows".
        const QString status = m_console->findChild<QLabel*>("consoleStatus")->text();
        QVERIFY2(status.startsWith("1 row ·"), qPrintable(status));
        QVERIFY(results->columnWidth(0) <= 420);
        const QString demoText = m_console->editor()->toPlainText();

        QTemporaryDir dir;
        const QString other = createSampleDatabase(dir.path(), "other.db", 5);
        QVERIFY(m_window->openDatabase(other));
        QTRY_COMPARE(m_window->session()->path(), other);
        QVERIFY(m_console->editor()->toPlainText().isEmpty());
        QCOMPARE(m_console->resultModel()->rowCount(), 0);
        QVERIFY(m_console->findChild<QPlainTextEdit*>("consoleMessages")->toPlainText().isEmpty());
        QVERIFY(!m_console->history().contains(demoText));

        QVERIFY(m_window->openDatabase(demo));
        QTRY_COMPARE(m_window->session()->path(), demo);
        QCOMPARE(m_console->editor()->toPlainText(), demoText); // its text comes back with it
        QVERIFY(m_console->history().contains(demoText.trimmed()));
    }
};

QTEST_MAIN(TestQueriesPanel)
#include "TestQueriesPanel.moc"
