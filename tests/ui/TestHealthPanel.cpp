// The Health panel and the status bar follow the circuit: a second process holding BEGIN EXCLUSIVE makes them say
// unhealthy and OPEN; when it lets go they recover by themselves through HALF_OPEN to CLOSED. Isolate and Reset ask
// first and are recorded in the audit trail.
#include "TestSupport.h"

#include "Audit.h"
#include "MainWindow.h"
#include "Settings.h"
#include "charts/CircuitTimelineChart.h"
#include "common/InlineBanner.h"
#include "common/Prompt.h"
#include "db/DatabaseSession.h"
#include "health/CircuitBreaker.h"
#include "health/HealthMonitor.h"
#include "health/HealthPanel.h"
#include "models/HealthCheckModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace steward;
using namespace steward::test;

class TestHealthPanel : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

private slots:
    void initTestCase()
    {
        qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8());
        // Fast settings through the product's own environment variables.
        qputenv("CIRCUIT_BREAKER_FAILURE_THRESHOLD", "2");
        qputenv("CIRCUIT_BREAKER_TIMEOUT", "300");
        qputenv("CIRCUIT_BREAKER_SUCCESS_THRESHOLD", "2");
        qputenv("STEWARD_BUSY_TIMEOUT", "50");
        qputenv("STEWARD_RECONNECT_BASE", "20");
        qputenv("STEWARD_RECONNECT_CAP", "150");
    }

    void statusBarAndPanelFollowTheCircuit()
    {
        Settings settings(m_data.filePath("settings.ini"));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        DatabaseSession* session = window.session();
        QTRY_VERIFY_WITH_TIMEOUT(session->health()->hasReport(), 20000);
        QToolButton* status = window.healthButton();
        QTRY_VERIFY(status->text().contains("Degraded")); // the demo has no backup yet
        QTest::mouseClick(status, Qt::LeftButton);
        auto* panel = qobject_cast<HealthPanel*>(window.tabs()->currentWidget());
        QVERIFY2(panel, "a click on the status opens the Health panel");
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel->model()->rowOf("reachable") >= 0);
        auto* state = panel->findChild<QLabel*>("circuitState");
        QCOMPARE(state->text(), QStringLiteral("CLOSED"));

        {
            LockHolder lock(session->path(), "exclusive");
            QVERIFY(lock.isHolding());
            // Checks fail, the monitor tries again by itself, and at the threshold the circuit opens.
            panel->checkNow();
            QTRY_VERIFY_WITH_TIMEOUT(session->breaker().state() != CircuitState::Closed, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("Unhealthy"), 20000);
            QCOMPARE(panel->findChild<QLabel*>("healthSummary")->text(), QStringLiteral("Unhealthy"));
            QTRY_VERIFY(state->text() == "OPEN" || state->text() == "HALF_OPEN");
            QVERIFY(window.banner()->isVisible());
        }
        // Released: it recovers without anybody asking.
        QTRY_VERIFY_WITH_TIMEOUT(session->breaker().state() == CircuitState::Closed, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains("Unhealthy"), 20000);
        QTRY_COMPARE(state->text(), QStringLiteral("CLOSED"));
        QList<CircuitState> path;
        for (const auto& e : session->breaker().events())
            path << e.to;
        QVERIFY(path.contains(CircuitState::Open));
        QVERIFY(path.contains(CircuitState::HalfOpen));
        QCOMPARE(path.last(), CircuitState::Closed);
        // The timeline shows each change as a step.
        QVERIFY(panel->timeline()->series()->count() >= 2 + 2 * int(path.size()));

        // Isolate asks first; declining changes nothing.
        Prompt::setNextAnswer(false);
        panel->findChild<QPushButton*>("circuitIsolate")->click();
        QCOMPARE(session->breaker().state(), CircuitState::Closed);
        Prompt::setNextAnswer(true);
        panel->findChild<QPushButton*>("circuitIsolate")->click();
        QCOMPARE(session->breaker().state(), CircuitState::Isolated);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("Unhealthy"), 20000);
        Prompt::setNextAnswer(true);
        panel->findChild<QPushButton*>("circuitReset")->click();
        QCOMPARE(session->breaker().state(), CircuitState::Closed);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains("Unhealthy"), 20000);
        auto audit = AuditTrail::instance().recent(20);
        QVERIFY(audit);
        QStringList actions;
        for (const auto& e : audit.value())
            actions << e.action;
        QVERIFY(actions.contains("circuit-isolate"));
        QVERIFY(actions.contains("circuit-reset"));
        QVERIFY(actions.contains("health-check"));
    }
};

QTEST_MAIN(TestHealthPanel)
#include "TestHealthPanel.moc"
