// The backup browser driven like a user: create, verify, open the restore dialog, check it, cancel, confirm.
#include "TestSupport.h"

#include "Audit.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"
#include "backups/BackupBrowserPanel.h"
#include "backups/RestoreDialog.h"
#include "common/FileDialog.h"
#include "common/InlineBanner.h"
#include "common/Prompt.h"
#include "db/DatabaseSession.h"
#include "models/BackupListModel.h"
#include "queries/SqlConsoleWidget.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace steward;
using namespace steward::test;

class TestBackupBrowser : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

    static QString content(const QString& db)
    {
        return queryString(db, "SELECT count(*) || ':' || sum(qty) FROM items");
    }

private slots:
    void initTestCase()
    {
        qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8());
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); // as the application does
    }

    // Issue 14: the confirmation used to compare row counts only, so a row deleted and another inserted in the same
    // table, and a changed value, were "no change". Now it lists 1 added, 1 removed and 1 changed with their values,
    // and `backup compare --json` reports the same.
    void restoreConfirmationShowsRowsAddedRemovedAndChanged()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "books.db", 20);
        execSql(db, "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO books VALUES (1, 'Dune'), "
                    "(2, 'Emma');");
        Settings settings(m_data.filePath("settings.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(db));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        auto* panel = qobject_cast<BackupBrowserPanel*>(window.tabs()->currentWidget());
        QVERIFY(panel);
        Prompt::setNextText(QStringLiteral("before the edits"));
        panel->findChild<QAction*>("backupCreate")->trigger();
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QTRY_VERIFY(!panel->isBusy());
        const QString id = panel->model()->index(0, 0).data(BackupListModel::IdRole).toString();

        // Same row counts as the backup in both tables.
        execSql(db, "DELETE FROM items WHERE id = 7; INSERT INTO items (id, name, qty) VALUES (99, 'new item', 5);"
                    "UPDATE books SET title = 'Emma (annotated)' WHERE id = 2;");

        panel->findChild<QAction*>("backupRestore")->trigger();
        RestoreDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = panel->findChild<RestoreDialog*>()) && dialog->isVisible());
        auto* changes = dialog->findChild<QTreeWidget*>("restoreChanges");
        QStringList lines;
        std::function<void(QTreeWidgetItem*, int)> walk = [&](QTreeWidgetItem* item, int depth) {
            lines << QString(depth * 2, ' ') + item->text(0) + " | " + item->text(1) + " | " + item->text(2);
            for (int i = 0; i < item->childCount(); ++i)
                walk(item->child(i), depth + 1);
        };
        for (int i = 0; i < changes->topLevelItemCount(); ++i)
            walk(changes->topLevelItem(i), 0);
        const QString all = lines.join('\n');
        QVERIFY2(lines.contains("Rows of items | 20 rows | 20 rows"), qPrintable(all));
        QVERIFY2(lines.contains("  1 row added since the backup: the restore removes them |  | "), qPrintable(all));
        QVERIFY2(lines.contains("    99 | new item, 5 | (none)"), qPrintable(all));
        QVERIFY2(lines.contains("  1 row deleted since the backup: the restore brings them back |  | "),
                 qPrintable(all));
        QVERIFY2(lines.filter(QRegularExpression("^    7 \\| \\(none\\) \\| item 7, ")).size() == 1, qPrintable(all));
        QVERIFY2(lines.contains("Rows of books | 2 rows | 2 rows"), qPrintable(all));
        QVERIFY2(lines.contains("  1 row changed since the backup: the restore puts the old values back |  | "),
                 qPrintable(all));
        QVERIFY2(lines.contains("    2 | title = Emma (annotated) | title = Emma"), qPrintable(all));
        const QString loss = dialog->findChild<QLabel*>("restoreLoss")->text();
        QVERIFY2(loss.contains("items: 1 row exists only in the live database"), qPrintable(loss));
        QVERIFY2(loss.contains("books: 1 row has other values now"), qPrintable(loss));
        if (!qEnvironmentVariableIsEmpty("STEWARD_SCREENSHOT_DIR"))
            dialog->grab().save(qEnvironmentVariable("STEWARD_SCREENSHOT_DIR") + "/restore-confirmation.png");
        QTest::mouseClick(dialog->findChild<QPushButton*>("restoreCancel"), Qt::LeftButton);
        QTRY_VERIFY(!panel->findChild<RestoreDialog*>());

        // The command line reports the same.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("STEWARD_DATA_DIR", m_data.path());
        cli.setProcessEnvironment(env);
        cli.start(binaryPath("steward-cli"), {"backup", "compare", id, "--db", db, "--json"});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject cmp = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(cmp["identical"].toBool(), false);
        QMap<QString, QJsonObject> tables;
        for (const auto& t : cmp["tables"].toArray())
            tables[t.toObject()["table"].toString()] = t.toObject();
        QCOMPARE(tables["items"]["added"].toInt(), 1);
        QCOMPARE(tables["items"]["removed"].toInt(), 1);
        QCOMPARE(tables["items"]["changed"].toInt(), 0);
        QCOMPARE(tables["items"]["added_rows"].toArray()[0].toObject()["key"].toArray()[0].toString(), "99");
        QCOMPARE(tables["items"]["added_rows"].toArray()[0].toObject()["live"].toArray()[0].toString(), "new item");
        QCOMPARE(tables["items"]["removed_rows"].toArray()[0].toObject()["key"].toArray()[0].toString(), "7");
        QCOMPARE(tables["books"]["changed"].toInt(), 1);
        const QJsonObject changed = tables["books"]["changed_rows"].toArray()[0].toObject();
        QCOMPARE(changed["backup"].toArray()[0].toString(), "Emma");
        QCOMPARE(changed["live"].toArray()[0].toString(), "Emma (annotated)");
        QCOMPARE(changed["changed_columns"].toArray()[0].toString(), "title");
    }

    void createVerifyRestoreWithConfirmation()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "shop.db", 200);
        Settings settings(m_data.filePath("settings.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(db));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        auto* panel = qobject_cast<BackupBrowserPanel*>(window.tabs()->currentWidget());
        QVERIFY(panel);
        auto* model = panel->model();
        QCOMPARE(model->rowCount(), 0);

        // Create, with the reason asked first.
        Prompt::setNextText(QStringLiteral("before the demo"));
        panel->findChild<QAction*>("backupCreate")->trigger();
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_VERIFY(!panel->isBusy());
        QCOMPARE(model->index(0, BackupListModel::Reason).data().toString(), QStringLiteral("before the demo"));
        QCOMPARE(model->index(0, BackupListModel::Status).data().toString(), QStringLiteral("Unverified"));

        // Verify.
        panel->findChild<QAction*>("backupVerify")->trigger();
        QTRY_COMPARE(model->index(0, BackupListModel::Status).data().toString(), QStringLiteral("Valid"));

        // The live database moves on: rows deleted, a new table with rows.
        const QString original = content(db);
        execSql(
            db,
            "DELETE FROM items WHERE id > 150; CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('a'), ('b');");
        const QString changed = content(db);
        const QByteArray changedHash = fileHash(db);

        // Restore opens the confirmation, which shows what will change and what will be lost.
        panel->findChild<QAction*>("backupRestore")->trigger();
        RestoreDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = panel->findChild<RestoreDialog*>()) && dialog->isVisible());
        auto* changes = dialog->findChild<QTreeWidget*>("restoreChanges");
        QStringList lines;
        for (int i = 0; i < changes->topLevelItemCount(); ++i)
            lines << changes->topLevelItem(i)->text(0) + " | " + changes->topLevelItem(i)->text(1) + " | " +
                         changes->topLevelItem(i)->text(2);
        QVERIFY2(lines.contains("Table notes will be removed (it exists only in the live database) |  | "),
                 qPrintable(lines.join('\n')));
        QVERIFY2(lines.contains("Rows of items | 150 rows | 200 rows"), qPrintable(lines.join('\n')));
        QVERIFY2(lines.contains("Rows of notes | 2 rows | —"), qPrintable(lines.join('\n')));
        const QString loss = dialog->findChild<QLabel*>("restoreLoss")->text();
        QVERIFY2(loss.contains("notes: 2 rows exist only in the live database"), qPrintable(loss));
        QVERIFY2(!loss.contains("items"), qPrintable(loss)); // rows deleted since come back: nothing of items is lost
        QVERIFY(dialog->findChild<QLabel*>("restoreSafety")->text().contains("safety backup"));
        auto* restoreButton = dialog->findChild<QPushButton*>("restoreButton");
        auto* cancelButton = dialog->findChild<QPushButton*>("restoreCancel");
        QVERIFY(!restoreButton->isDefault());
        QVERIFY(cancelButton->isDefault());

        // Cancel changes nothing.
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QTRY_VERIFY(!panel->findChild<RestoreDialog*>());
        QCOMPARE(fileHash(db), changedHash);
        QCOMPARE(model->rowCount(), 1);

        // Confirm: the content comes back and the safety backup is listed.
        panel->selectBackup(model->index(0, 0).data(BackupListModel::IdRole).toString());
        panel->findChild<QAction*>("backupRestore")->trigger();
        QTRY_VERIFY((dialog = panel->findChild<RestoreDialog*>()) && dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton*>("restoreButton"), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), 2);
        QTRY_VERIFY(!panel->isBusy());
        QCOMPARE(content(db), original);
        QVERIFY(content(db) != changed);
        QStringList reasons;
        for (int r = 0; r < model->rowCount(); ++r)
            reasons << model->index(r, BackupListModel::Reason).data().toString();
        QVERIFY2(reasons.filter("before restore of shop-").size() == 1, qPrintable(reasons.join(',')));
        QVERIFY(window.banner()->isVisible());
        QVERIFY(window.banner()->text().contains("Restored"));
        // The window's other panels see the restored database.
        QCOMPARE(window.session()->connection().scalar("SELECT count(*) FROM items")->toInt(), 200);
        auto audit = AuditTrail::instance().recent(10);
        QVERIFY(audit);
        QStringList actions;
        for (const auto& e : audit.value())
            actions << e.action + ":" + e.outcome;
        QVERIFY2(actions.contains("restore:ok") && actions.contains("verify:ok") && actions.contains("backup:ok"),
                 qPrintable(actions.join(',')));
    }

    // Issue 13's first reproduction: a Commit in the SQL console while a backup of 500 MiB runs used to cancel the
    // backup silently (the window refreshed every panel by setting its session again, which stopped the panel's
    // job) and the audit said "cancelled". Now the backup completes, is listed and verifies, and the audit says ok.
    void aConsoleCommitDuringABackupLeavesTheBackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("big.db");
        execSql(db, "PRAGMA journal_mode = OFF; CREATE TABLE notes (t TEXT); CREATE TABLE blobs (b BLOB); WITH "
                    "RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 125000) INSERT INTO blobs "
                    "SELECT randomblob(4000) FROM n; PRAGMA journal_mode = DELETE;");
        QVERIFY(QFileInfo(db).size() > 500LL * 1000 * 1000);
        Settings settings(m_data.filePath("settings.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(db));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        auto* panel = qobject_cast<BackupBrowserPanel*>(window.tabs()->currentWidget());
        QVERIFY(panel);
        Prompt::setNextText(QStringLiteral("while the console commits"));
        panel->findChild<QAction*>("backupCreate")->trigger();
        QVERIFY(panel->isBusy());

        auto* console = window.findChild<SqlConsoleWidget*>();
        QVERIFY(console);
        QSignalSpy done(console, &SqlConsoleWidget::finishedRun);
        Prompt::setNextAnswer(true); // a write asks first
        console->editor()->setPlainText("INSERT INTO notes VALUES ('written during the backup')");
        console->findChild<QAction*>("runStatement")->trigger();
        QVERIFY(done.wait(60000));
        QVERIFY(console->inTransaction());
        console->findChild<QAction*>("commitTransaction")->trigger();
        QVERIFY(done.wait(60000));
        QVERIFY(!console->inTransaction());
        QVERIFY2(panel->isBusy(), "the backup ended before the commit: the test proves nothing");

        auto* model = panel->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 120000); // listed once its job has delivered
        QTRY_VERIFY(!panel->isBusy());
        QVERIFY2(!window.banner()->isVisible(), qPrintable(window.banner()->text()));
        QCOMPARE(model->index(0, BackupListModel::Reason).data().toString(),
                 QStringLiteral("while the console commits"));
        panel->findChild<QAction*>("backupVerify")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, BackupListModel::Status).data().toString(), QStringLiteral("Valid"),
                                  120000);
        auto audit = AuditTrail::instance().recent(10);
        QVERIFY(audit);
        QStringList backups;
        for (const auto& e : audit.value())
            if (e.action == "backup" && e.database == QFileInfo(db).absoluteFilePath())
                backups << e.outcome;
        QCOMPARE(backups, QStringList{"ok"});
    }

    void deleteAsksAndPinProtects()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "pins.db", 20);
        Settings settings(m_data.filePath("settings2.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(window.openDatabase(db));
        auto* panel = window.findChild<BackupBrowserPanel*>();
        Prompt::setNextText(QStringLiteral("keep me"));
        panel->findChild<QAction*>("backupCreate")->trigger();
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QTRY_VERIFY(!panel->isBusy());
        // Pin, delete and the list run off the UI thread: each step waits for what the user would see.
        panel->findChild<QAction*>("backupPin")->trigger();
        QTRY_COMPARE(panel->model()->index(0, BackupListModel::Pinned).data().toString(), QStringLiteral("pinned"));
        QTRY_VERIFY(!panel->isBusy());
        Prompt::setNextAnswer(true);
        panel->findChild<QAction*>("backupDelete")->trigger();
        QTRY_VERIFY(window.banner()->text().contains("pinned"));
        QTRY_VERIFY(!panel->isBusy());
        QCOMPARE(panel->model()->rowCount(), 1);            // pinned: refused
        panel->findChild<QAction*>("backupPin")->trigger(); // unpin
        QTRY_COMPARE(panel->model()->index(0, BackupListModel::Pinned).data().toString(), QString());
        QTRY_VERIFY(!panel->isBusy());
        Prompt::setNextAnswer(false);
        panel->findChild<QAction*>("backupDelete")->trigger();
        QVERIFY(!panel->isBusy()); // answered no: nothing started
        QCOMPARE(panel->model()->rowCount(), 1);
        Prompt::setNextAnswer(true);
        panel->findChild<QAction*>("backupDelete")->trigger();
        QTRY_COMPARE(panel->model()->rowCount(), 0);
    }
    void folderPerDatabaseAndImport()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "elsewhere.db", 5);
        const QString other = dir.filePath("offsite");
        QDir().mkpath(other);
        Settings settings(m_data.filePath("settings3.ini"));
        {
            MainWindow window(settings);
            QVERIFY(window.openDatabase(db));
            auto* panel = window.findChild<BackupBrowserPanel*>();
            QCOMPARE(panel->folder(), dir.filePath("backups"));
            FileDialog::setNextFileName(other);
            panel->findChild<QAction*>("backupChooseFolder")->trigger();
            QCOMPARE(panel->folder(), other);
            const QString outside = createSampleDatabase(dir.path(), "outside.db", 9);
            FileDialog::setNextFileName(outside);
            panel->findChild<QAction*>("backupImport")->trigger();
            QTRY_COMPARE(panel->model()->rowCount(), 1);
            QTRY_VERIFY(!panel->isBusy());
            QVERIFY(panel->model()
                        ->index(0, BackupListModel::Reason)
                        .data()
                        .toString()
                        .startsWith("imported from outside.db"));
            QCOMPARE(QDir(other).entryList({"*.db"}, QDir::Files).size(), 1);
        }
        // Remembered for this database.
        MainWindow again(settings);
        QVERIFY(again.openDatabase(db));
        QCOMPARE(again.findChild<BackupBrowserPanel*>()->folder(), other);
    }

    // Issue 14: changing the backups folder made every existing backup vanish from the list without a word. The
    // panel offers to move them; declined, it says where they stay.
    void changingTheFolderOffersToMoveTheBackups()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "moving.db", 5);
        Settings settings(m_data.filePath("settings-move.ini"));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(db));
        auto* panel = window.findChild<BackupBrowserPanel*>();
        int made = 0;
        for (const char* reason : {"first", "second"}) {
            Prompt::setNextText(QString::fromLatin1(reason));
            panel->findChild<QAction*>("backupCreate")->trigger();
            ++made;
            QTRY_COMPARE(panel->model()->rowCount(), made);
            QTRY_VERIFY(!panel->isBusy());
        }
        QSignalSpy messages(panel, &BackupBrowserPanel::statusMessage);

        const QString moved = dir.filePath("moved");
        QDir().mkpath(moved);
        FileDialog::setNextFileName(moved);
        Prompt::setNextAnswer(true);
        panel->findChild<QAction*>("backupChooseFolder")->trigger();
        QTRY_COMPARE(panel->folder(), moved);
        QTRY_VERIFY(!panel->isBusy());
        QTRY_COMPARE(panel->model()->rowCount(), 2); // still listed, from the new folder
        for (int r = 0; r < 2; ++r)
            QCOMPARE(panel->model()->index(r, BackupListModel::Status).data().toString(), QStringLiteral("Unverified"));
        QCOMPARE(QDir(moved).entryList({"*.db"}, QDir::Files).size(), 2);
        QCOMPARE(QDir(moved).entryList({"*.json"}, QDir::Files).size(), 2);
        QCOMPARE(QDir(dir.filePath("backups")).entryList({"*.db", "*.json"}, QDir::Files).size(), 0);

        // Declined: the folder changes, and the panel says where the backups stayed.
        const QString empty = dir.filePath("empty");
        QDir().mkpath(empty);
        FileDialog::setNextFileName(empty);
        Prompt::setNextAnswer(false);
        panel->findChild<QAction*>("backupChooseFolder")->trigger();
        QTRY_COMPARE(panel->folder(), empty);
        QTRY_COMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!messages.isEmpty());
        const QString said = messages.last().first().toString();
        QVERIFY2(said.contains("2 backups") && said.contains(moved), qPrintable(said));
        QCOMPARE(QDir(moved).entryList({"*.db"}, QDir::Files).size(), 2);
    }
};

QTEST_MAIN(TestBackupBrowser)
#include "TestBackupBrowser.moc"
