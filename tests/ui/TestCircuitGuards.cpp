// The circuit guards every panel (issue 13): while the database's circuit is open or isolated, each panel's database
// actions are disabled with the reason (and, when open, the time of the next attempt), and they come back when it
// closes. What only touches Steward's own files (the backup list, verify, pin) stays available.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Settings.h"
#include "backup/BackupManager.h"
#include "backups/BackupBrowserPanel.h"
#include "health/CircuitBreaker.h"
#include "health/HealthPanel.h"
#include "migrations/MigrationHistoryPanel.h"
#include "migrations/Migrator.h"
#include "models/BackupListModel.h"
#include "models/MigrationListModel.h"
#include "queries/QueriesPanel.h"
#include "schema/SchemaPanel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace steward;
using namespace steward::test;

class TestCircuitGuards : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T* panel() { return m_window->findChild<T*>(); }
    QAction* action(QWidget* panel, const char* name) { return panel->findChild<QAction*>(name); }
    QPushButton* button(QWidget* panel, const char* name) { return panel->findChild<QPushButton*>(name); }

    // Disabled, and its tooltip says why.
    static bool refused(QAction* a, const QString& why) { return a && !a->isEnabled() && a->toolTip().contains(why); }
    static bool refused(QPushButton* b, const QString& why)
    {
        return b && !b->isEnabled() && b->toolTip().contains(why);
    }

    // The breaker announces transitions on any thread; the workspace delivers them to the panels.
    void changeCircuit(const std::function<void(CircuitBreaker&)>& change)
    {
        QSignalSpy changed(m_window->workspace(), &Workspace::circuitChanged);
        change(m_window->workspace()->breaker());
        QVERIFY(changed.wait(5000));
    }

private slots:
    void initTestCase()
    {
        qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8());
        const QString db = createSampleDatabase(m_dir.path(), "app.db", 50);
        const QString folder = m_dir.filePath("migrations");
        writeDbmateTables(folder, 3);
        Migrator m(db, folder);
        m.setBackupsEnabled(false);
        QVERIFY(m.migrate(2));
        QVERIFY(BackupManager(db, BackupManager::defaultFolder(db)).create(QStringLiteral("first")));

        m_settings = std::make_unique<Settings>(m_data.filePath("settings.ini"));
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDatabase(db));
        QTRY_COMPARE(panel<MigrationHistoryPanel>()->model()->rowCount(), 3);
        QTRY_COMPARE(panel<BackupBrowserPanel>()->model()->rowCount(), 1);
        QTRY_VERIFY(button(panel<SchemaPanel>(), "countRowsButton")->isEnabled());
        panel<MigrationHistoryPanel>()->selectVersion(2);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_settings.reset();
    }

    void isolatedDisablesEveryPanelsDatabaseActions()
    {
        changeCircuit([](CircuitBreaker& b) { b.isolate(QStringLiteral("maintenance window")); });
        const QString why = QStringLiteral("isolated by hand (maintenance window)");

        auto* schema = panel<SchemaPanel>();
        QVERIFY(refused(button(schema, "countRowsButton"), why));

        auto* migrations = panel<MigrationHistoryPanel>();
        for (const char* name :
             {"migrationApply", "migrationRollback", "migrationValidate", "migrationRepair", "migrationBaseline"})
            QVERIFY2(refused(action(migrations, name), why), name);

        auto* backups = panel<BackupBrowserPanel>();
        for (const char* name : {"backupCreate", "backupCompare", "backupRestore"})
            QVERIFY2(refused(action(backups, name), why), name);
        // Backups are Steward's files: listing, verifying and pinning them goes on.
        QVERIFY(action(backups, "backupVerify")->isEnabled());
        QVERIFY(action(backups, "backupPin")->isEnabled());

        auto* queries = panel<QueriesPanel>();
        for (const char* name : {"runStatement", "runAll", "commitTransaction", "profileScript"})
            QVERIFY2(refused(action(queries, name), why) ||
                         (QString(name) == "commitTransaction" && !action(queries, name)->isEnabled()),
                     name);
        QVERIFY(refused(action(queries, "runAll"), why));
        // Clearing forgets Steward's own records of slow statements: it does not need the database.
        QVERIFY(button(queries, "clearQueries")->isEnabled());

        auto* health = panel<HealthPanel>();
        QVERIFY(refused(button(health, "healthCheckNow"), why));
        QVERIFY(refused(button(health, "healthFullCheck"), why));
        QVERIFY(button(health, "circuitReset")->isEnabled()); // the way out

        // Reset: everything comes back.
        changeCircuit([](CircuitBreaker& b) { b.reset(QStringLiteral("done")); });
        QVERIFY(button(schema, "countRowsButton")->isEnabled());
        for (const char* name : {"migrationApply", "migrationRollback", "migrationValidate", "migrationRepair"})
            QVERIFY2(action(migrations, name)->isEnabled(), name);
        for (const char* name : {"backupCreate", "backupCompare", "backupRestore"})
            QVERIFY2(action(backups, name)->isEnabled(), name);
        QVERIFY(action(queries, "runAll")->isEnabled());
        QVERIFY(button(queries, "clearQueries")->isEnabled());
        QVERIFY(button(health, "healthCheckNow")->isEnabled());
    }

    // Opened by failures, the reason says when Steward tries again.
    void openSaysWhenItTriesAgain()
    {
        changeCircuit([](CircuitBreaker& b) {
            for (int i = 0; i < b.options().failureThreshold; ++i)
                (void)b.execute([] { return Result<void>(makeError(ErrorCode::Busy, QStringLiteral("locked"))); });
        });
        QCOMPARE(m_window->workspace()->breaker().state(), CircuitState::Open);
        const QString why = QStringLiteral("tries again at");
        QVERIFY(refused(action(panel<MigrationHistoryPanel>(), "migrationApply"), why));
        QVERIFY(refused(action(panel<BackupBrowserPanel>(), "backupCreate"), why));
        QVERIFY(refused(action(panel<QueriesPanel>(), "runAll"), why));
        QVERIFY(refused(button(panel<SchemaPanel>(), "countRowsButton"), why));
        QVERIFY(refused(button(panel<HealthPanel>(), "healthCheckNow"), why));
        changeCircuit([](CircuitBreaker& b) { b.reset(QStringLiteral("back")); });
        QVERIFY(action(panel<MigrationHistoryPanel>(), "migrationApply")->isEnabled());
    }
};

QTEST_MAIN(TestCircuitGuards)
#include "TestCircuitGuards.moc"
