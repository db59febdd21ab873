// Edit → Preferences… over the typed settings (issue 13): a change applies to the running window at once, also when
// another program edits settings.ini; a value the environment decides is shown locked with the variable's name.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Settings.h"
#include "backups/BackupBrowserPanel.h"
#include "charts/QueryCharts.h"
#include "db/DatabaseSession.h"
#include "health/CircuitBreaker.h"
#include "monitor/QueryMonitor.h"
#include "preferences/PreferencesDialog.h"
#include "queries/SlowQueryWidget.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>

#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace steward;
using namespace steward::test;

class TestPreferences : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

    PreferencesDialog* openPreferences(MainWindow& window)
    {
        window.findChild<QAction*>("actionPreferences")->trigger();
        PreferencesDialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = window.findChild<PreferencesDialog*>()) && dialog->isVisible(); }))
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase() { qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8()); }

    void theSlowThresholdMovesTheQueriesLineWithoutARestart()
    {
        Settings settings(m_data.filePath("settings-threshold.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        auto* performance = window.findChild<SlowQueryWidget*>();
        QVERIFY(performance);
        QTRY_COMPARE(performance->charts()->thresholdLineMs(), 100.0); // the default

        PreferencesDialog* dialog = openPreferences(window);
        QVERIFY(dialog);
        auto* threshold = dialog->findChild<QSpinBox*>(PreferencesDialog::editorName(SettingKey::SlowQueryThresholdMs));
        QVERIFY(threshold && threshold->isEnabled());
        QCOMPARE(threshold->value(), 100);
        threshold->setValue(7);
        QTRY_COMPARE(performance->charts()->thresholdLineMs(), 7.0);
        QCOMPARE(window.session()->monitor().thresholdMs(), 7);
        QCOMPARE(performance->findChild<QSpinBox*>("thresholdSpin")->value(), 7);
        QCOMPARE(settings.intValue(SettingKey::SlowQueryThresholdMs), 7);

        // The circuit's parameters reach the open database's breaker at once.
        auto* failures =
            dialog->findChild<QSpinBox*>(PreferencesDialog::editorName(SettingKey::CircuitFailureThreshold));
        failures->setValue(9);
        QCOMPARE(window.workspace()->breaker().options().failureThreshold, 9);

        // The open database's own values: its backups folder, which the Backups panel follows.
        const QString folder = QDir(m_data.path()).filePath("elsewhere");
        auto* backupsFolder = dialog->findChild<QLineEdit*>("pref:database/backupsFolder");
        QVERIFY(backupsFolder);
        backupsFolder->setText(folder);
        emit backupsFolder->editingFinished();
        QCOMPARE(window.findChild<BackupBrowserPanel*>()->folder(), folder);
        dialog->close();
    }

    void settingsIniChangedByAnotherProgramIsFollowed()
    {
        const QString ini = m_data.filePath("settings-reload.ini");
        Settings settings(ini);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        auto* performance = window.findChild<SlowQueryWidget*>();
        const QString db = window.session()->path();
        QCOMPARE(window.workspace()->breaker().options().failureThreshold, 5);

        // Another program replaces the file, as an editor or a deployment tool does: a new file renamed over it.
        // (Written first elsewhere: QSettings objects on one file share their cache within a process.)
        const QString chosen = QDir(m_data.path()).filePath("backups-from-ini");
        const QString scratch = m_data.filePath("scratch.ini");
        {
            Settings other(scratch);
            QVERIFY(other.setValue(SettingKey::SlowQueryThresholdMs, 33));
            QVERIFY(other.setValue(SettingKey::CircuitFailureThreshold, 12));
            other.setDatabaseValue(db, DatabaseSetting::BackupsFolder, chosen);
            other.sync();
        }
        writeFile(ini + ".new", readFile(scratch));
        QCOMPARE(::rename(QFile::encodeName(ini + ".new").constData(), QFile::encodeName(ini).constData()), 0);
        QTRY_COMPARE(performance->findChild<QSpinBox*>("thresholdSpin")->value(), 33);
        QCOMPARE(window.session()->monitor().thresholdMs(), 33);
        QTRY_COMPARE(window.workspace()->breaker().options().failureThreshold, 12);
        QTRY_COMPARE(window.findChild<BackupBrowserPanel*>()->folder(), chosen);
        QCOMPARE(window.workspace()->backupsFolder(), chosen);
    }

    void aValueFromTheEnvironmentIsShownLocked()
    {
        qputenv("STEWARD_HEALTH_INTERVAL", "45000");
        Settings settings(m_data.filePath("settings-env.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PreferencesDialog* dialog = openPreferences(window);
        QVERIFY(dialog);
        auto* interval = dialog->findChild<QSpinBox*>(PreferencesDialog::editorName(SettingKey::HealthIntervalMs));
        QVERIFY(interval);
        QVERIFY(!interval->isEnabled());
        QCOMPARE(interval->value(), 45000);
        QVERIFY2(interval->toolTip().contains("STEWARD_HEALTH_INTERVAL"), qPrintable(interval->toolTip()));
        QVERIFY(dialog->findChild<QSpinBox*>(PreferencesDialog::editorName(SettingKey::BackupKeep))->isEnabled());
        // No database open: only the global values.
        QVERIFY(!dialog->findChild<QLineEdit*>("pref:database/backupsFolder"));
        dialog->close();
        qunsetenv("STEWARD_HEALTH_INTERVAL");
    }
};

QTEST_MAIN(TestPreferences)
#include "TestPreferences.moc"
