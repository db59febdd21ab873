// The real main window, driven by object name as a user would drive it.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Settings.h"
#include "common/FileDialog.h"
#include "common/InlineBanner.h"
#include "db/DatabaseSession.h"
#include "jobs/Job.h"
#include "migrations/Migrator.h"
#include "models/TableDataModel.h"
#include "schema/SchemaPanel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace steward;
using namespace steward::test;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QString statusText(const char* name) { return m_window->findChild<QLabel*>(name)->text(); }

private slots:
    void initTestCase() { qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8()); }
    void init()
    {
        m_settings = std::make_unique<Settings>(m_data.filePath("settings-%1.ini").arg(QTest::currentTestFunction()));
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void startsOnTheWelcomePage()
    {
        auto* stack = m_window->findChild<QStackedWidget*>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QCOMPARE(statusText("statusPath"), QStringLiteral("No database open"));
        QVERIFY(!m_window->findChild<QAction*>("actionClose")->isEnabled());
    }

    void opensTheDemoInTheSchemaPanel()
    {
        QVERIFY(m_window->openDemo());
        QVERIFY(m_window->session());
        QVERIFY(statusText("statusPath").endsWith("novelist.db"));
        QTRY_COMPARE(statusText("statusVersion"), QStringLiteral("Migration: 016 · user_version: 16"));
        QTRY_COMPARE(statusText("statusJournal"), QStringLiteral("Journal: delete"));
        QVERIFY(!statusText("statusSize").isEmpty());
        QVERIFY(m_window->windowTitle().startsWith("novelist.db"));

        auto* tree = m_window->findChild<QTreeView*>("schemaTree");
        QTRY_VERIFY(tree->model()->rowCount() == 4);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Tables (12)"));
        // The first table is shown at once, with rows in the grid.
        auto* grid = m_window->findChild<QTableView*>("dataGrid");
        QTRY_VERIFY(grid->model()->rowCount() > 0);

        auto* panel = m_window->findChild<SchemaPanel*>();
        QVERIFY(panel->selectObject("chapters"));
        QTRY_COMPARE(grid->model()->rowCount(), TableDataModel::PageSize);
        QCOMPARE(grid->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("title"));
        auto* sql = m_window->findChild<QPlainTextEdit*>("sqlView");
        QVERIFY(sql->toPlainText().startsWith("CREATE TABLE chapters"));
        // Scrolling to the end loads the rest, page by page.
        grid->scrollToBottom();
        QTRY_VERIFY(grid->model()->rowCount() > TableDataModel::PageSize);
        auto* label = m_window->findChild<QLabel*>("rowsLabel");
        QVERIFY(label->text().contains("rows"));

        QVERIFY(panel->selectObject("chapters_touch_project"));
        QVERIFY(sql->toPlainText().contains("CREATE TRIGGER chapters_touch_project"));
    }

    // Issue 14: after rolling the demo back to 010 the status bar still said "Schema version: 16" (user_version,
    // which the demo's downs do not reset). It shows the newest applied migration, from the registry.
    void theStatusBarShowsTheMigrationVersionAfterARollback()
    {
        QVERIFY(m_window->openDemo());
        QTRY_COMPARE(statusText("statusVersion"), QStringLiteral("Migration: 016 · user_version: 16"));
        QVERIFY(m_window->workspace());
        auto rolledBack = Job::runHere<MigrationOutcome>(m_window->workspace()->rollbackTo(10));
        QVERIFY2(rolledBack, rolledBack ? "" : qPrintable(rolledBack.error().toText()));
        QTRY_COMPARE(statusText("statusVersion"), QStringLiteral("Migration: 010 · user_version: 16"));
        QVERIFY(Job::runHere<MigrationOutcome>(m_window->workspace()->migrate())); // the demo as the others expect it
        QTRY_COMPARE(statusText("statusVersion"), QStringLiteral("Migration: 016 · user_version: 16"));
    }

    // Issue 14: a bad environment value is in the log and said once in the window.
    void aBadEnvironmentValueShowsABanner()
    {
        qputenv("STEWARD_BUSY_TIMEOUT", "soon");
        Settings settings(m_data.filePath("settings-env.ini"));
        MainWindow window(settings);
        qunsetenv("STEWARD_BUSY_TIMEOUT");
        window.show();
        QTRY_VERIFY(window.banner()->isVisible());
        QVERIFY2(window.banner()->text().contains("STEWARD_BUSY_TIMEOUT") && window.banner()->text().contains("soon"),
                 qPrintable(window.banner()->text()));
    }

    void corruptFileShowsABannerAndKeepsThePreviousDatabase()
    {
        QTemporaryDir dir;
        const QString good = createSampleDatabase(dir.path(), "good.db");
        QVERIFY(m_window->openDatabase(good));
        const QString bad = dir.filePath("bad.db");
        QByteArray bytes = readFile(createSampleDatabase(dir.path(), "bad-source.db"));
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(0x5A);
        writeFile(bad, bytes);
        const QByteArray before = fileHash(bad);

        FileDialog::setNextFileName(bad);
        m_window->findChild<QAction*>("actionOpen")->trigger();

        auto* banner = m_window->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), InlineBanner::Kind::Error);
        QVERIFY2(banner->text().contains("bad.db was not opened"), qPrintable(banner->text()));
        QVERIFY(banner->text().contains("damaged"));
        QVERIFY(banner->text().contains("stays open"));
        QCOMPARE(m_window->session()->path(), QFileInfo(good).absoluteFilePath());
        QVERIFY(statusText("statusPath").endsWith("good.db"));
        QCOMPARE(fileHash(bad), before);
        QVERIFY(sideFiles(bad).isEmpty());
        // The previous database is still usable.
        QTRY_VERIFY(m_window->findChild<SchemaPanel*>()->selectObject("items"));
        QTRY_COMPARE(m_window->findChild<QTableView*>("dataGrid")->model()->rowCount(), 100);
    }

    void missingRecentFileCanBeRemoved()
    {
        QTemporaryDir dir;
        const QString gone = createSampleDatabase(dir.path(), "gone.db");
        QVERIFY(m_window->openDatabase(gone));
        m_window->closeDatabase();
        QVERIFY(QFile::remove(gone));
        QVERIFY(!m_window->openDatabase(gone));
        QVERIFY(!QFile::exists(gone)); // reported, never created
        QVERIFY(m_window->banner()->text().contains("does not exist"));
        auto* action = m_window->banner()->findChild<QPushButton*>("bannerAction");
        QVERIFY(action->isVisible());
        QTest::mouseClick(action, Qt::LeftButton);
        QVERIFY(!m_settings->stringListValue(SettingKey::RecentFiles).contains(QFileInfo(gone).absoluteFilePath()));
    }

    void shortcutsSwitchPanels()
    {
        QVERIFY(m_window->openDemo());
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentWidget()->objectName(), QStringLiteral("logPanel"));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentWidget()->objectName(), QStringLiteral("backupsPanel"));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentWidget()->objectName(), QStringLiteral("schemaPanel"));
    }

    void dropOpensAFileAndCloseReturnsToWelcome()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "dropped.db");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(db)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(m_window->session());
        QCOMPARE(m_window->session()->path(), QFileInfo(db).absoluteFilePath());
        QCOMPARE(m_settings->stringListValue(SettingKey::RecentFiles).first(), QFileInfo(db).absoluteFilePath());

        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(!m_window->session());
        QCOMPARE(m_window->findChild<QStackedWidget*>()->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(sideFiles(db).isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
