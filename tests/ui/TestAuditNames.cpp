// Core owns the audit (issue 13): each admin action has one name, recorded by the core operation itself, so the
// window and steward-cli record the same action the same way. This test does each operation both ways — clicking
// through the panels, and running steward-cli as a separate process with its own data folder — and lists what each
// recorded. (Before, clearing the query statistics was "clear-query-statistics" in the window and
// "clear-slow-queries" on the command line, and validating was audited only when a widget did it.)
#include "TestSupport.h"

#include "AppPaths.h"
#include "Audit.h"
#include "MainWindow.h"
#include "Settings.h"
#include "backups/BackupBrowserPanel.h"
#include "backups/RestoreDialog.h"
#include "common/FileDialog.h"
#include "common/Prompt.h"
#include "health/HealthPanel.h"
#include "migrations/MigrationHistoryPanel.h"
#include "migrations/MigrationPlanDialog.h"
#include "migrations/Migrator.h"
#include "models/BackupListModel.h"
#include "models/MigrationListModel.h"
#include "queries/QueriesPanel.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::test;

namespace {

// A database with two migrations applied and a third pending, as both sides start from.
QString makeProject(const QString& dir)
{
    const QString db = createSampleDatabase(dir, "app.db", 40);
    const QString folder = dir + "/migrations";
    writeDbmateTables(folder, 3);
    Migrator m(db, folder);
    m.setBackupsEnabled(false);
    if (!m.migrate(2))
        return {};
    return db;
}

// The actions of a trail, oldest first, without repeats.
QStringList actionsOf(AuditTrail& trail)
{
    QStringList actions;
    auto recent = trail.recent(500);
    if (!recent)
        return {QStringLiteral("unreadable: ") + recent.error().message};
    for (auto it = recent->crbegin(); it != recent->crend(); ++it)
        if (!actions.contains(it->action))
            actions << it->action;
    return actions;
}

} // namespace

class TestAuditNames : public QObject {
    Q_OBJECT
    QTemporaryDir m_guiData;
    QTemporaryDir m_cliData;

    QJsonObject cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_DATA_DIR"), m_cliData.path());
        p.setProcessEnvironment(env);
        p.start(binaryPath(QStringLiteral("steward-cli")), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qWarning("steward-cli %s: %s", qPrintable(args.join(' ')), p.readAllStandardError().constData());
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase() { qputenv("STEWARD_DATA_DIR", m_guiData.path().toUtf8()); }

    void theWindowAndTheCliRecordEachActionUnderOneName()
    {
        // Every action has one distinct name.
        QStringList names;
        for (AuditAction a : allAuditActions())
            names << auditActionName(a);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());

        // The command line: each operation once.
        QTemporaryDir cliDir;
        const QString cliDb = makeProject(cliDir.path());
        QVERIFY(!cliDb.isEmpty());
        const QString migrations = cliDir.filePath("migrations");
        const QString id = cli({"backup", "create", "--db", cliDb, "--json"})["id"].toString();
        QVERIFY(!id.isEmpty());
        cli({"backup", "verify", id, "--db", cliDb});
        cli({"backup", "pin", id, "--db", cliDb});
        cli({"backup", "unpin", id, "--db", cliDb});
        const QString imported =
            cli({"backup", "import", createSampleDatabase(cliDir.path(), "other.db", 5), "--db", cliDb, "--json"})["id"]
                .toString();
        cli({"backup", "delete", imported, "--yes", "--db", cliDb});
        cli({"backup", "restore", id, "--yes", "--db", cliDb});
        cli({"migrations", "migrate", "--yes", "--db", cliDb, "--migrations", migrations});
        cli({"migrations", "rollback", "2", "--yes", "--db", cliDb, "--migrations", migrations});
        cli({"migrations", "validate", "--db", cliDb, "--migrations", migrations});
        cli({"migrations", "repair", "--yes", "--db", cliDb, "--migrations", migrations});
        cli({"migrations", "baseline", "3", "--db", cliDb, "--migrations", migrations});
        cli({"queries", "clear", "--yes", "--db", cliDb});
        cli({"health", "--db", cliDb});
        cli({"backup", "move", cliDir.filePath("moved-backups"), "--db", cliDb});
        AuditTrail cliTrail(m_cliData.filePath(QFileInfo(AppPaths::auditStorePath()).fileName()),
                            m_cliData.filePath("audit-pending.jsonl"));
        const QStringList byCli = actionsOf(cliTrail);

        // The window: the same operations, through the panels.
        QTemporaryDir guiDir;
        const QString guiDb = makeProject(guiDir.path());
        Settings settings(m_guiData.filePath("settings.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(guiDb));
        auto* backups = window.findChild<BackupBrowserPanel*>();
        auto* migrationsPanel = window.findChild<MigrationHistoryPanel*>();
        QTRY_COMPARE(migrationsPanel->model()->rowCount(), 3);
        auto act = [](QWidget* panel, const char* name) {
            QAction* a = panel->findChild<QAction*>(name);
            QVERIFY2(a && a->isEnabled(), name);
            a->trigger();
        };
        Prompt::setNextText(QStringLiteral("by hand"));
        act(backups, "backupCreate");
        QTRY_COMPARE(backups->model()->rowCount(), 1);
        QTRY_VERIFY(!backups->isBusy());
        const QString guiId = backups->model()->index(0, 0).data(BackupListModel::IdRole).toString();
        backups->selectBackup(guiId);
        act(backups, "backupVerify");
        QTRY_VERIFY(!backups->isBusy());
        act(backups, "backupPin");
        QTRY_VERIFY(backups->model()->index(0, BackupListModel::Pinned).data().toString() == "pinned");
        QTRY_VERIFY(!backups->isBusy());
        act(backups, "backupPin"); // unpin
        QTRY_VERIFY(backups->model()->index(0, BackupListModel::Pinned).data().toString().isEmpty());
        QTRY_VERIFY(!backups->isBusy());
        FileDialog::setNextFileName(createSampleDatabase(guiDir.path(), "other.db", 5));
        act(backups, "backupImport");
        QTRY_COMPARE(backups->model()->rowCount(), 2);
        QTRY_VERIFY(!backups->isBusy());
        for (int r = 0; r < backups->model()->rowCount(); ++r)
            if (const QString other = backups->model()->index(r, 0).data(BackupListModel::IdRole).toString();
                other != guiId)
                backups->selectBackup(other);
        Prompt::setNextAnswer(true);
        act(backups, "backupDelete");
        QTRY_COMPARE(backups->model()->rowCount(), 1);
        QTRY_VERIFY(!backups->isBusy());
        backups->selectBackup(guiId);
        act(backups, "backupRestore");
        RestoreDialog* restore = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((restore = backups->findChild<RestoreDialog*>()) && restore->isVisible(), 20000);
        QTest::mouseClick(restore->findChild<QPushButton*>("restoreButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(backups->model()->rowCount(), 2, 20000); // and the safety backup
        QTRY_VERIFY(!backups->isBusy());

        auto runPlan = [&](const char* action, const QString& confirm) {
            act(migrationsPanel, action);
            MigrationPlanDialog* dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (dialog = migrationsPanel->findChild<MigrationPlanDialog*>()) && dialog->isVisible(), 20000);
            if (auto* typed = dialog->findChild<QLineEdit*>("planConfirm"); typed && !confirm.isEmpty())
                QTest::keyClicks(typed, confirm);
            QTest::mouseClick(dialog->findChild<QPushButton*>("planRun"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!migrationsPanel->isBusy() && !migrationsPanel->findChild<MigrationPlanDialog*>(),
                                     20000);
        };
        runPlan("migrationApply", {});
        QTRY_COMPARE(migrationsPanel->model()->migration(2)->status, MigrationStatus::Applied);
        migrationsPanel->selectVersion(2);
        runPlan("migrationRollback", QStringLiteral("2"));
        QTRY_COMPARE(migrationsPanel->model()->migration(2)->status, MigrationStatus::RolledBack);
        act(migrationsPanel, "migrationValidate");
        QTRY_VERIFY(!migrationsPanel->isBusy());
        Prompt::setNextAnswer(true);
        act(migrationsPanel, "migrationRepair");
        QTRY_VERIFY(!migrationsPanel->isBusy());
        migrationsPanel->selectVersion(3);
        Prompt::setNextAnswer(true);
        act(migrationsPanel, "migrationBaseline");
        QTRY_VERIFY(!migrationsPanel->isBusy());

        auto* queries = window.findChild<QueriesPanel*>();
        Prompt::setNextAnswer(true);
        queries->findChild<QPushButton*>("clearQueries")->click();
        // Choosing another backups folder, with the backups brought along.
        FileDialog::setNextFileName(guiDir.filePath("moved-backups"));
        QDir().mkpath(guiDir.filePath("moved-backups"));
        Prompt::setNextAnswer(true);
        act(backups, "backupChooseFolder");
        QTRY_VERIFY(!backups->isBusy());
        QTRY_COMPARE(backups->folder(), guiDir.filePath("moved-backups"));
        QTRY_VERIFY(backups->model()->rowCount() > 0);
        auto* health = window.findChild<HealthPanel*>();
        health->findChild<QPushButton*>("healthCheckNow")->click();
        // Only the window has the circuit by hand.
        Prompt::setNextAnswer(true);
        health->findChild<QPushButton*>("circuitIsolate")->click();
        Prompt::setNextAnswer(true);
        health->findChild<QPushButton*>("circuitReset")->click();
        QTRY_VERIFY(actionsOf(AuditTrail::instance()).contains("clear-query-statistics"));
        const QStringList byWindow = actionsOf(AuditTrail::instance());
        qInfo("recorded by steward-cli: %s", qPrintable(byCli.join(QStringLiteral(", "))));
        qInfo("recorded by the window: %s", qPrintable(byWindow.join(QStringLiteral(", "))));

        const QStringList expected{"backup",
                                   "verify",
                                   "pin-backup",
                                   "unpin-backup",
                                   "import-backup",
                                   "delete-backup",
                                   "move-backups",
                                   "restore",
                                   "migrate",
                                   "rollback",
                                   "validate-migrations",
                                   "repair",
                                   "baseline",
                                   "clear-query-statistics",
                                   "health-check"};
        for (const QString& name : expected) {
            QVERIFY2(names.contains(name), qPrintable(name));
            QVERIFY2(byCli.contains(name),
                     qPrintable(
                         QStringLiteral("the CLI did not record %1: %2").arg(name, byCli.join(QStringLiteral(", ")))));
            QVERIFY2(
                byWindow.contains(name),
                qPrintable(
                    QStringLiteral("the window did not record %1: %2").arg(name, byWindow.join(QStringLiteral(", ")))));
        }
        // Nothing recorded under a name of its own on either side.
        for (const QString& name : byCli + byWindow)
            QVERIFY2(names.contains(name), qPrintable(QStringLiteral("%1 is not an AuditAction name").arg(name)));
        QVERIFY(byWindow.contains("circuit-isolate") && byWindow.contains("circuit-reset"));
    }
};

QTEST_MAIN(TestAuditNames)
#include "TestAuditNames.moc"
