// Issue 14: Steward created query_performance and two indexes in a user's database to keep its own slow statements.
// Promise 1: Steward never writes to a user's database unless the user asked for that write. Every read-only action
// of every panel, done as a user would, leaves the file byte for byte as it was and no journal or WAL file behind.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"
#include "backup/BackupManager.h"
#include "backups/BackupBrowserPanel.h"
#include "backups/RestoreDialog.h"
#include "common/Prompt.h"
#include "db/DatabaseSession.h"
#include "health/HealthMonitor.h"
#include "health/HealthPanel.h"
#include "migrations/MigrationHistoryPanel.h"
#include "migrations/MigrationPlanDialog.h"
#include "migrations/Migrator.h"
#include "models/BackupListModel.h"
#include "models/MigrationListModel.h"
#include "monitor/QueryMonitor.h"
#include "monitor/SlowQueryPersister.h"
#include "queries/QueriesPanel.h"
#include "queries/SqlConsoleWidget.h"
#include "schema/SchemaPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace steward;
using namespace steward::test;

class TestReadOnlyActions : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

private slots:
    void initTestCase() { qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8()); }

    void everyReadOnlyActionLeavesTheDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "app.db", 200);
        const QString folder = dir.filePath("migrations");
        writeDbmateTables(folder, 3);
        {
            Migrator m(db, folder);
            m.setBackupsEnabled(false);
            QVERIFY(m.migrate(2));
        }
        const QByteArray hash = fileHash(db);
        const QStringList side = sideFiles(db);
        auto untouched = [&](const char* what) {
            QVERIFY2(fileHash(db) == hash, qPrintable(QStringLiteral("%1 changed the database").arg(what)));
            QVERIFY2(sideFiles(db) == side,
                     qPrintable(QStringLiteral("%1 left %2").arg(what, sideFiles(db).join(','))));
        };

        Settings settings(m_data.filePath("settings.ini"));
        settings.setValue(SettingKey::SlowQueryThresholdMs, 0); // every statement is slow: the persister has work
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(db));
        auto* schema = window.findChild<SchemaPanel*>();
        auto* migrations = window.findChild<MigrationHistoryPanel*>();
        auto* backups = window.findChild<BackupBrowserPanel*>();
        auto* queries = window.findChild<QueriesPanel*>();
        auto* health = window.findChild<HealthPanel*>();
        QVERIFY(schema && migrations && backups && queries && health);
        QTRY_COMPARE(migrations->model()->rowCount(), 3);
        QTRY_VERIFY(!window.findChild<QLabel*>("statusVersion")->text().isEmpty());
        untouched("opening");

        // Schema: browse a table's rows, its columns and SQL, count its rows.
        QVERIFY(schema->selectObject(QStringLiteral("items")));
        QTRY_VERIFY(schema->findChild<QPushButton*>("countRowsButton")->isEnabled());
        schema->findChild<QPushButton*>("countRowsButton")->click();
        QTRY_VERIFY(schema->findChild<QLabel*>("rowsLabel")->text().contains("200"));
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_VERIFY(!migrations->isBusy());
        untouched("the schema panel");

        // Migrations: validate, and the dry runs of a migrate and a rollback (confirmation cancelled).
        migrations->findChild<QAction*>("migrationValidate")->trigger();
        QTRY_VERIFY(!migrations->isBusy());
        auto dryRun = [&](const char* action) {
            migrations->findChild<QAction*>(action)->trigger();
            MigrationPlanDialog* dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = migrations->findChild<MigrationPlanDialog*>()) && dialog->isVisible(),
                                     20000);
            QTest::mouseClick(dialog->findChild<QPushButton*>("planCancel"), Qt::LeftButton);
            QTRY_VERIFY(!migrations->findChild<MigrationPlanDialog*>());
            QTRY_VERIFY(!migrations->isBusy());
        };
        dryRun("migrationApply");
        migrations->selectVersion(1);
        dryRun("migrationRollback");
        untouched("the migrations panel");

        // Backups: create (a read of the database), verify, compare, and the restore confirmation cancelled.
        Prompt::setNextText(QStringLiteral("read only"));
        backups->findChild<QAction*>("backupCreate")->trigger();
        QTRY_COMPARE(backups->model()->rowCount(), 1);
        QTRY_VERIFY(!backups->isBusy());
        backups->findChild<QAction*>("backupVerify")->trigger();
        QTRY_VERIFY(!backups->isBusy());
        backups->findChild<QAction*>("backupCompare")->trigger();
        QTRY_VERIFY(!backups->isBusy());
        backups->findChild<QAction*>("backupRestore")->trigger();
        RestoreDialog* restore = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((restore = backups->findChild<RestoreDialog*>()) && restore->isVisible(), 20000);
        QTest::mouseClick(restore->findChild<QPushButton*>("restoreCancel"), Qt::LeftButton);
        QTRY_VERIFY(!backups->findChild<RestoreDialog*>());
        untouched("the backups panel");

        // Queries: a SELECT in the console, the performance view, its slow statements kept by Steward (in its own
        // store), clearing them.
        auto* editor = queries->findChild<QPlainTextEdit*>("sqlEditor");
        editor->setPlainText(QStringLiteral("SELECT name, qty FROM items WHERE qty > 30 ORDER BY qty DESC"));
        queries->findChild<QAction*>("runAll")->trigger();
        QTRY_VERIFY(!queries->findChild<SqlConsoleWidget*>()->isRunning());
        queries->findChild<QAbstractButton*>("refreshQueries")->click();
        QVERIFY(window.session()->persister());
        QSignalSpy persisted(window.session()->persister(), &SlowQueryPersister::persisted);
        window.session()->persister()->flush();
        QTRY_VERIFY_WITH_TIMEOUT(persisted.count() > 0, 20000);
        QVERIFY(persisted.first().at(0).toInt() > 0);
        QVERIFY(QFileInfo::exists(SlowQueryStore::storePathFor(db)));
        Prompt::setNextAnswer(true);
        queries->findChild<QPushButton*>("clearQueries")->click();
        QTRY_VERIFY(queries->findChild<QPushButton*>("clearQueries")->isEnabled());
        untouched("the queries panel");

        // Health: a check now and a full one.
        health->findChild<QPushButton*>("healthCheckNow")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->health()->isChecking(), 20000);
        health->findChild<QPushButton*>("healthFullCheck")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->health()->isChecking(), 20000);
        untouched("the health panel");

        window.close();
        untouched("closing");
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE '%query_performance%'"),
                 QStringLiteral("0"));
    }
};

QTEST_MAIN(TestReadOnlyActions)
#include "TestReadOnlyActions.moc"
