// Issue 13's third reproduction: with another process holding the database's lock, every panel's reload and action
// used to freeze the window for the busy timeout. Now each runs as a job: the event loop never stalls for more than
// 50 ms, and each panel says that it is waiting for the database, with Cancel.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Settings.h"
#include "backup/BackupManager.h"
#include "backups/BackupBrowserPanel.h"
#include "common/InlineBanner.h"
#include "common/Prompt.h"
#include "db/DatabaseSession.h"
#include "health/HealthMonitor.h"
#include "migrations/MigrationHistoryPanel.h"
#include "migrations/Migrator.h"
#include "models/BackupListModel.h"
#include "models/MigrationListModel.h"
#include "queries/QueriesPanel.h"
#include "queries/SqlConsoleWidget.h"
#include "schema/SchemaPanel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace steward;
using namespace steward::test;

namespace {

// The bound on the event loop's longest pause. Under AddressSanitizer every instruction costs two to three times as
// much (CI runs this test there too): the bound scales with it; the 50 ms of the issue hold for the product's build.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kStallBoundMs = 150;
#else
constexpr qint64 kStallBoundMs = 50;
#endif

// The event loop's longest pause: a 2 ms timer notes the gap between its ticks; a call that blocks the UI thread
// shows as a gap as long as the call.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this,
                         [this] { m_worstMs = std::max(m_worstMs, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 worstMs() const { return m_worstMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worstMs = 0;
};

// What a panel's progress row says, and whether it offers Cancel (also for a panel on a tab not shown).
QString progressText(QWidget* panel, const QString& prefix)
{
    auto* row = panel->findChild<QWidget*>(prefix + "ProgressRow");
    auto* label = panel->findChild<QLabel*>(prefix + "ProgressLabel");
    return row && label && !row->isHidden() ? label->text() : QString();
}

bool offersCancel(QWidget* panel, const QString& prefix)
{
    auto* cancel = panel->findChild<QPushButton*>(prefix + "Cancel");
    return cancel && !cancel->isHidden() && cancel->isEnabled();
}

} // namespace

class TestLockedDatabase : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

private slots:
    void initTestCase() { qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8()); }

    void aLockHeldByAnotherProcessNeverFreezesTheWindow()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "app.db", 300);
        const QString folder = dir.filePath("migrations");
        writeDbmateTables(folder, 3);
        {
            Migrator m(db, folder);
            m.setBackupsEnabled(false);
            QVERIFY(m.migrate());
            QVERIFY(BackupManager(db, BackupManager::defaultFolder(db)).create(QStringLiteral("before the lock")));
        }
        Settings settings(m_data.filePath("settings.ini"));
        settings.setValue(SettingKey::BusyTimeoutMs, 2000); // how long each job waits before it says "busy"
        // Each refused job counts towards opening the circuit; here the window is measured, not the breaker (whose
        // refusals TestCircuitGuards covers).
        settings.setValue(SettingKey::CircuitFailureThreshold, 1000);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(db));
        auto* schema = window.findChild<SchemaPanel*>();
        auto* migrations = window.findChild<MigrationHistoryPanel*>();
        auto* backups = window.findChild<BackupBrowserPanel*>();
        auto* queries = window.findChild<QueriesPanel*>();
        QVERIFY(schema && migrations && backups && queries);
        QTRY_COMPARE(migrations->model()->rowCount(), 3);
        QTRY_COMPARE(backups->model()->rowCount(), 1);
        QTRY_VERIFY(window.findChild<QTreeView*>("schemaTree")->model()->rowCount() > 0);
        QTRY_VERIFY(!window.findChild<QLabel*>("statusVersion")->text().isEmpty());
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTest::qWait(100); // the Migrations tab painted once, before the measurement

        LockHolder lock(db, QStringLiteral("exclusive"));
        QVERIFY2(lock.isHolding(), "the helper process did not take the lock");
        StallMeter meter;

        // Reloads: View → Refresh reads every panel and the status bar again.
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_VERIFY(progressText(schema, "schema").contains("waiting for the database"));
        QVERIFY(offersCancel(schema, "schema"));
        QTRY_VERIFY(progressText(migrations, "migration").contains("waiting for the database"));
        QVERIFY(offersCancel(migrations, "migration"));
        QTRY_VERIFY(progressText(&window, "statusInfo").contains("waiting for the database"));
        // Cancel drops a read at once: the panel is usable again without waiting for the lock.
        QTest::mouseClick(migrations->findChild<QPushButton*>("migrationCancel"), Qt::LeftButton);
        QVERIFY(progressText(migrations, "migration").isEmpty());
        QCOMPARE(migrations->model()->rowCount(), 3); // what was shown stays

        // Actions of the Migrations panel: each runs as a job that waits for the lock, never the window.
        migrations->findChild<QAction*>("migrationValidate")->trigger();
        QTRY_VERIFY(progressText(migrations, "migration").contains("waiting for the database"));
        QVERIFY(offersCancel(migrations, "migration"));
        QTRY_VERIFY_WITH_TIMEOUT(!migrations->isBusy(), 15000); // refused as busy after the timeout
        Prompt::setNextAnswer(true);
        migrations->findChild<QAction*>("migrationRepair")->trigger();
        QTRY_VERIFY(progressText(migrations, "migration").contains("waiting for the database"));
        QTRY_VERIFY_WITH_TIMEOUT(!migrations->isBusy(), 15000);
        migrations->selectVersion(2);
        migrations->findChild<QAction*>("migrationRollback")->trigger();
        QTRY_VERIFY(progressText(migrations, "migration").contains("waiting for the database"));
        QTRY_VERIFY_WITH_TIMEOUT(!migrations->isBusy(), 15000);

        // Actions of the Backups panel: a backup waits for the lock; pin, compare and the list go on alongside.
        Prompt::setNextText(QStringLiteral("while locked"));
        backups->findChild<QAction*>("backupCreate")->trigger();
        QTRY_VERIFY(progressText(backups, "backup").contains("waiting for the database"));
        QVERIFY(offersCancel(backups, "backup"));
        QTRY_VERIFY_WITH_TIMEOUT(!backups->isBusy(), 15000);
        backups->findChild<QAction*>("backupCompare")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!backups->isBusy(), 15000);

        // The Queries panel reads its statistics and the console runs on threads of their own.
        queries->onDatabaseChanged();
        auto* editor = queries->findChild<QPlainTextEdit*>("sqlEditor");
        QVERIFY(editor);
        editor->setPlainText(QStringLiteral("SELECT count(*) FROM items"));
        queries->findChild<QAction*>("runAll")->trigger();

        // Health checks now, on its own thread.
        QVERIFY(window.session()->health());
        window.session()->health()->checkNow();

        // Everything settles (each job gives up after the busy timeout); the window never stopped.
        QTRY_VERIFY_WITH_TIMEOUT(progressText(schema, "schema").isEmpty() &&
                                     progressText(&window, "statusInfo").isEmpty() && !migrations->isBusy() &&
                                     !backups->isBusy() && !window.session()->health()->isChecking(),
                                 20000);
        qInfo("longest stall of the event loop while the lock was held: %lld ms", meter.worstMs());
        QVERIFY2(meter.worstMs() < kStallBoundMs,
                 qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(meter.worstMs())));

        // Once the lock is gone, a refresh shows the database again.
        lock.release();
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(progressText(schema, "schema").isEmpty() && !migrations->isBusy(), 10000);
        QTRY_COMPARE(migrations->model()->rowCount(), 3);
    }

    // Opening reads the schema, which waits for the lock: the window waits in a job, says so, and opens the database
    // once the other program lets go. Cancel gives up and keeps the database that was open.
    void openingALockedDatabaseWaitsOffTheUiThread()
    {
        QTemporaryDir dir;
        const QString first = createSampleDatabase(dir.path(), "first.db", 10);
        const QString locked = createSampleDatabase(dir.path(), "locked.db", 10);
        Settings settings(m_data.filePath("settings-open.ini"));
        settings.setValue(SettingKey::BusyTimeoutMs, 60000);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(first));

        LockHolder lock(locked, QStringLiteral("exclusive"));
        QVERIFY(lock.isHolding());
        StallMeter meter;
        QVERIFY(!window.openDatabase(locked)); // not yet
        QTRY_VERIFY(progressText(&window, "open").contains("waiting for the database"));
        QVERIFY(offersCancel(&window, "open"));
        QCOMPARE(window.session()->path(), QFileInfo(first).absoluteFilePath()); // the open one stays meanwhile
        QTest::mouseClick(window.findChild<QPushButton*>("openCancel"), Qt::LeftButton);
        QVERIFY(progressText(&window, "open").isEmpty());
        QCOMPARE(window.session()->path(), QFileInfo(first).absoluteFilePath());

        QVERIFY(!window.openDatabase(locked));
        QTRY_VERIFY(progressText(&window, "open").contains("waiting for the database"));
        // Measured while the lock is held (building the panels once it is free is the window's own work).
        qInfo("longest stall of the event loop while opening a locked database: %lld ms", meter.worstMs());
        QVERIFY2(meter.worstMs() < kStallBoundMs,
                 qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(meter.worstMs())));
        lock.release();
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->path(), QFileInfo(locked).absoluteFilePath(), 15000);
    }

    // While the window waits for another database's lock, the open one stays in use; when the lock goes, the window
    // never switches under work begun meanwhile (here an open console transaction): it offers to open instead.
    void aWaitedForDatabaseNeverReplacesWorkBegunMeanwhile()
    {
        QTemporaryDir dir;
        const QString first = createSampleDatabase(dir.path(), "first.db", 10);
        const QString locked = createSampleDatabase(dir.path(), "locked.db", 10);
        Settings settings(m_data.filePath("settings-switch.ini"));
        settings.setValue(SettingKey::BusyTimeoutMs, 60000);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(first));

        LockHolder lock(locked, QStringLiteral("exclusive"));
        QVERIFY(lock.isHolding());
        QVERIFY(!window.openDatabase(locked));
        QTRY_VERIFY(progressText(&window, "open").contains("waiting for the database"));

        auto* console = window.findChild<SqlConsoleWidget*>();
        QVERIFY(console);
        console->editor()->setPlainText(QStringLiteral("DELETE FROM items WHERE id = 1"));
        Prompt::setNextAnswer(true); // "These statements change data": run
        console->findChild<QAction*>("runAll")->trigger();
        QTRY_VERIFY(console->inTransaction());

        lock.release();
        QTRY_VERIFY_WITH_TIMEOUT(progressText(&window, "open").isEmpty(), 15000);
        QTRY_VERIFY(window.banner()->text().contains("can be opened now"));
        QCOMPARE(window.session()->path(), QFileInfo(first).absoluteFilePath());
        QVERIFY(console->inTransaction()); // nothing rolled back behind the user's back
    }
};

QTEST_MAIN(TestLockedDatabase)
#include "TestLockedDatabase.moc"
