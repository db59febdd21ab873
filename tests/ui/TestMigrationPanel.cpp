// The migration history panel driven like a user: the rollback dialog lists the right migrations and the data that
// would be lost, Cancel changes nothing, Roll back stays disabled until the version is typed, confirming rolls back.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Settings.h"
#include "backup/BackupManager.h"
#include "backups/BackupBrowserPanel.h"
#include "common/FileDialog.h"
#include "common/InlineBanner.h"
#include "db/DatabaseSession.h"
#include "health/HealthMonitor.h"
#include "migrations/MigrationHistoryPanel.h"
#include "migrations/MigrationPlanDialog.h"
#include "migrations/Migrator.h"
#include "models/BackupListModel.h"
#include "models/MigrationListModel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace steward;
using namespace steward::test;

class TestMigrationPanel : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

private slots:
    void initTestCase() { qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8()); }

    // A goose project with a migration written in Go (compiled into the application; Steward cannot run it): the
    // panel lists every migration as goose_db_version records them, says why it only reads this folder, and leaves
    // applying to the application (the actions are disabled with the reason) instead of writing anything.
    void aFolderStewardCannotRunIsShownAndNotWritten()
    {
        QTemporaryDir dir;
        const QString source = qEnvironmentVariable("STEWARD_TEST_SOURCE_DIR") + "/tests/data/formats/goose/";
        QDir().mkpath(dir.filePath("migrations"));
        for (const char* f : {"00001_create_users.sql", "00002_upper_trigger.sql", "20240301090000_name_index.sql"})
            QVERIFY(QFile::copy(source + f, dir.filePath("migrations/") + QLatin1String(f)));
        writeFile(dir.filePath("migrations/00003_backfill_names.go"),
                  "package migrations\n\nimport \"github.com/pressly/goose/v3\"\n\nfunc init() {\n"
                  "\tgoose.AddMigrationContext(upBackfillNames, downBackfillNames)\n}\n");
        const QString db = dir.filePath("app.db");
        // internal/dialect/dialectquery/sqlite3.go: goose's table, its version 0 row, then a row per version.
        execSql(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL); CREATE TABLE goose_db_version ("
                    "id INTEGER PRIMARY KEY AUTOINCREMENT, version_id INTEGER NOT NULL, is_applied INTEGER NOT NULL, "
                    "tstamp TIMESTAMP DEFAULT (datetime('now'))); INSERT INTO goose_db_version (version_id, "
                    "is_applied) VALUES (0, 1), (1, 1);");
        const QByteArray before = fileHash(db);
        Settings settings(m_data.filePath("settings.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(db));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto* panel = qobject_cast<MigrationHistoryPanel*>(window.tabs()->currentWidget());
        QVERIFY(panel);
        QTRY_COMPARE(panel->model()->rowCount(), 4);
        QCOMPARE(panel->model()->migration(0)->status, MigrationStatus::Applied);
        QCOMPARE(panel->model()->migration(2)->fileName, QStringLiteral("00003_backfill_names.go"));
        QCOMPARE(panel->model()->migration(2)->status, MigrationStatus::Pending);
        auto* apply = panel->findChild<QAction*>("migrationApply");
        QVERIFY(apply);
        QVERIFY(!apply->isEnabled());
        QVERIFY2(apply->toolTip().contains("00003_backfill_names.go") && apply->toolTip().contains("Go"),
                 qPrintable(apply->toolTip()));
        QVERIFY(!panel->findChild<QAction*>("migrationRollback")->isEnabled());
        QVERIFY(!panel->findChild<QAction*>("migrationRepair")->isEnabled());
        QVERIFY(panel->findChild<QAction*>("migrationValidate")->isEnabled());
        window.close();
        QCOMPARE(fileHash(db), before);
    }

    // Issue 13's second reproduction: the backup taken before a rollback went to the default folder though another
    // was chosen in the Backups panel, so the panel did not list it and health did not count it. Now the database's
    // backups folder is one typed setting that every user of it follows.
    void theBackupBeforeARollbackGoesToTheChosenFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("migrations");
        writeDbmateTables(folder, 3);
        const QString db = dir.filePath("app.db");
        execSql(db, "PRAGMA user_version = 0");
        {
            Migrator m(db, folder);
            m.setBackupsEnabled(false);
            QVERIFY(m.migrate());
        }
        const QString chosen = dir.filePath("offsite-backups");
        QDir().mkpath(chosen);
        Settings settings(m_data.filePath("settings-folder.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(db));

        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        auto* backups = qobject_cast<BackupBrowserPanel*>(window.tabs()->currentWidget());
        QVERIFY(backups);
        FileDialog::setNextFileName(chosen);
        backups->findChild<QAction*>("backupChooseFolder")->trigger();
        QCOMPARE(backups->folder(), chosen);

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto* panel = qobject_cast<MigrationHistoryPanel*>(window.tabs()->currentWidget());
        QVERIFY(panel);
        QTRY_COMPARE(panel->model()->rowCount(), 3);
        panel->selectVersion(1);
        panel->findChild<QAction*>("migrationRollback")->trigger();
        MigrationPlanDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = panel->findChild<MigrationPlanDialog*>()) && dialog->isVisible(), 20000);
        QTest::keyClicks(dialog->findChild<QLineEdit*>("planConfirm"), "1");
        QTest::mouseClick(dialog->findChild<QPushButton*>("planRun"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->migration(2)->status == MigrationStatus::RolledBack, 20000);
        QTRY_VERIFY(!panel->isBusy());

        QCOMPARE(QDir(chosen).entryList({"*.db"}, QDir::Files).size(), 1);
        QVERIFY(!QDir(dir.filePath("backups")).exists() || QDir(dir.filePath("backups")).isEmpty());
        // Listed by the Backups panel...
        QTRY_COMPARE(backups->model()->rowCount(), 1);
        QCOMPARE(backups->model()->index(0, BackupListModel::Reason).data().toString(),
                 QStringLiteral("before rollback to 1"));
        // ...and counted by health: the newest backup is recent.
        QVERIFY(window.session()->health());
        QSignalSpy report(window.session()->health(), &HealthMonitor::reportReady);
        window.session()->health()->checkNow();
        QVERIFY(report.wait(20000));
        const HealthCheck* newest = window.session()->health()->latest().find("backup");
        QVERIFY(newest);
        QVERIFY2(newest->status == CheckStatus::Ok, qPrintable(newest->message));
    }

    void rollbackWithConfirmation()
    {
        Settings settings(m_data.filePath("settings.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        const QString db = window.session()->path();
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto* panel = qobject_cast<MigrationHistoryPanel*>(window.tabs()->currentWidget());
        QVERIFY(panel);
        auto* model = panel->model();
        QTRY_COMPARE(model->rowCount(), 16);
        for (int r = 0; r < 16; ++r)
            QCOMPARE(model->migration(r)->status, MigrationStatus::Applied);

        panel->selectVersion(13);
        panel->findChild<QAction*>("migrationRollback")->trigger();
        MigrationPlanDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = panel->findChild<MigrationPlanDialog*>()) && dialog->isVisible(), 20000);
        auto* steps = dialog->findChild<QTreeWidget*>("planSteps");
        QStringList versions;
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            versions << steps->topLevelItem(i)->text(0) + " " + steps->topLevelItem(i)->text(1);
        QCOMPARE(versions,
                 (QStringList{"16 enhanced_migration_tracking", "15 create_progress_views", "14 seed_demo_data"}));
        const QString loss = dialog->findChild<QLabel*>("planLoss")->text();
        QVERIFY2(loss.contains("table query_performance with 480 rows will be dropped"), qPrintable(loss));
        QVERIFY2(loss.contains("960 rows of table chapters will be deleted"), qPrintable(loss));
        QVERIFY(dialog->findChild<QLabel*>("planDryRun")->text().contains("succeeded"));
        auto* run = dialog->findChild<QPushButton*>("planRun");
        QVERIFY(!run->isEnabled());
        QVERIFY(!run->isDefault());

        // Cancel changes nothing.
        const QByteArray hash = fileHash(db);
        QTest::mouseClick(dialog->findChild<QPushButton*>("planCancel"), Qt::LeftButton);
        QTRY_VERIFY(!panel->findChild<MigrationPlanDialog*>());
        QCOMPARE(fileHash(db), hash);

        // Again: the button enables only once the target version is typed.
        panel->selectVersion(13);
        panel->findChild<QAction*>("migrationRollback")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = panel->findChild<MigrationPlanDialog*>()) && dialog->isVisible(), 20000);
        run = dialog->findChild<QPushButton*>("planRun");
        auto* confirm = dialog->findChild<QLineEdit*>("planConfirm");
        QTest::keyClicks(confirm, "12");
        QVERIFY(!run->isEnabled());
        confirm->clear();
        QTest::keyClicks(confirm, "13");
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 16 && model->migration(15)->status == MigrationStatus::RolledBack,
                                 20000);
        QTRY_VERIFY(!panel->isBusy());
        QCOMPARE(model->migration(13)->status, MigrationStatus::RolledBack);
        QCOMPARE(model->migration(12)->status, MigrationStatus::Applied);
        QCOMPARE(queryString(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'query_performance'"),
                 QStringLiteral("0"));
        auto backups = BackupManager(db, QString()).list();
        QVERIFY(backups);
        QStringList reasons;
        for (const auto& b : backups.value())
            reasons << b.metadata.reason;
        QVERIFY2(reasons.contains("before rollback to 13"), qPrintable(reasons.join(',')));
        QVERIFY(window.banner()->isVisible());
    }

    // Issue 14: with no migrations/ folder beside the database the panel was empty, with no explanation, although
    // the database records its applied migrations. It lists that history and offers to choose the folder.
    void withoutAFolderTheRecordedHistoryShowsAndTheFolderIsOffered()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "app.db", 5);
        const QString elsewhere = dir.filePath("src/db/migrations");
        writeDbmateTables(elsewhere, 3);
        {
            Migrator m(db, elsewhere);
            m.setBackupsEnabled(false);
            QVERIFY(m.migrate());
        }
        Settings settings(m_data.filePath("settings-nofolder.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(db));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto* panel = qobject_cast<MigrationHistoryPanel*>(window.tabs()->currentWidget());
        QVERIFY(panel);
        QTRY_COMPARE(panel->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(panel->model()->migration(row)->status, MigrationStatus::Missing);
        auto* notice = panel->findChild<QWidget*>("migrationNotice");
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(panel->findChild<QLabel*>("migrationNoticeText")->text().contains("No migrations folder"),
                 qPrintable(panel->findChild<QLabel*>("migrationNoticeText")->text()));
        QVERIFY(!panel->findChild<QAction*>("migrationApply")->isEnabled()); // nothing runs without the files

        FileDialog::setNextFileName(elsewhere);
        panel->findChild<QPushButton*>("migrationNoticeChoose")->click();
        QTRY_VERIFY(!notice->isVisible());
        QTRY_COMPARE(panel->model()->migration(2)->status, MigrationStatus::Applied);
    }
};

QTEST_MAIN(TestMigrationPanel)
#include "TestMigrationPanel.moc"
