#include "health/HealthPanel.h"

#include "Audit.h"
#include "Settings.h"
#include "charts/CircuitTimelineChart.h"
#include "common/Prompt.h"
#include "db/DatabaseSession.h"
#include "health/CircuitBreaker.h"
#include "health/HealthMonitor.h"
#include "models/HealthCheckModel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QChartView>
#include <QDateTime>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace steward {

HealthPanel::HealthPanel(Settings& settings, QWidget* parent)
    : Panel(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("healthPanel"));

    m_light = new QLabel;
    m_light->setObjectName(QStringLiteral("healthLight"));
    m_light->setFixedSize(40, 40);
    m_summary = new QLabel(tr("Not checked yet"));
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_summary->setFont(big);
    m_checked = new QLabel;
    m_checked->setObjectName(QStringLiteral("healthChecked"));
    m_check = new QPushButton(tr("Check Now"));
    m_check->setObjectName(QStringLiteral("healthCheckNow"));
    m_check->setToolTip(tr("Run every check now (F5)"));
    connect(m_check, &QPushButton::clicked, this, [this] { checkNow(false); });
    auto* refresh = new QAction(this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, [this] { checkNow(false); });
    addAction(refresh);
    m_fullCheck = new QPushButton(tr("Full Check"));
    m_fullCheck->setObjectName(QStringLiteral("healthFullCheck"));
    m_fullCheck->setToolTip(tr("Also run integrity_check, which reads every page (slow on large databases)"));
    connect(m_fullCheck, &QPushButton::clicked, this, [this] { checkNow(true); });

    auto* summaryText = new QVBoxLayout;
    summaryText->addWidget(m_summary);
    summaryText->addWidget(m_checked);
    auto* top = new QHBoxLayout;
    top->addWidget(m_light);
    top->addSpacing(8);
    top->addLayout(summaryText, 1);
    top->addWidget(m_check);
    top->addWidget(m_fullCheck);

    // The circuit.
    auto* circuit = new QGroupBox(tr("Circuit breaker"));
    m_circuitState = new QLabel;
    m_circuitState->setObjectName(QStringLiteral("circuitState"));
    QFont bold = m_circuitState->font();
    bold.setBold(true);
    m_circuitState->setFont(bold);
    m_failures = new QLabel;
    m_failures->setObjectName(QStringLiteral("circuitFailures"));
    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("circuitCountdown"));
    m_countdown->setWordWrap(true);
    m_isolate = new QPushButton(tr("Isolate…"));
    m_isolate->setObjectName(QStringLiteral("circuitIsolate"));
    m_isolate->setToolTip(tr("Stop Steward from using this database until you reset the circuit"));
    connect(m_isolate, &QPushButton::clicked, this, &HealthPanel::isolate);
    m_reset = new QPushButton(tr("Reset…"));
    m_reset->setObjectName(QStringLiteral("circuitReset"));
    m_reset->setToolTip(tr("Close the circuit: calls go through again"));
    connect(m_reset, &QPushButton::clicked, this, &HealthPanel::reset);
    auto* grid = new QGridLayout(circuit);
    grid->addWidget(new QLabel(tr("State:")), 0, 0);
    grid->addWidget(m_circuitState, 0, 1);
    grid->addWidget(new QLabel(tr("Failures:")), 1, 0);
    grid->addWidget(m_failures, 1, 1);
    grid->addWidget(m_countdown, 2, 0, 1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_isolate);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    grid->addLayout(buttons, 3, 0, 1, 2);
    grid->setRowStretch(4, 1);
    circuit->setMinimumWidth(300);

    m_timeline = new CircuitTimelineChart(this);
    auto* middle = new QSplitter(Qt::Horizontal);
    middle->addWidget(circuit);
    middle->addWidget(m_timeline->view());
    middle->setStretchFactor(0, 1);
    middle->setStretchFactor(1, 3);

    m_model = new HealthCheckModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("healthChecks"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(middle);
    split->addWidget(m_table);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, &HealthPanel::updateCircuit);
    setSession(nullptr);
}

void HealthPanel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    setSession(workspace ? workspace->session() : nullptr);
}

void HealthPanel::setSession(DatabaseSession* session)
{
    if (session == m_session && session)
        return;
    if (m_session && m_session->health())
        disconnect(m_session->health(), nullptr, this, nullptr);
    if (m_session)
        disconnect(&m_session->breaker(), nullptr, this, nullptr);
    m_session = session;
    m_model->setReport({});
    m_openedAtMs = QDateTime::currentMSecsSinceEpoch();
    for (QWidget* w : {static_cast<QWidget*>(m_check), static_cast<QWidget*>(m_fullCheck),
                       static_cast<QWidget*>(m_isolate), static_cast<QWidget*>(m_reset)})
        w->setEnabled(session && session->health());
    if (!session || !session->health()) {
        m_tick.stop();
        m_summary->setText(tr("No database open"));
        m_checked->clear();
        m_light->setStyleSheet(QString());
        return;
    }
    connect(session->health(), &HealthMonitor::reportReady, this, &HealthPanel::showReport);
    connect(&session->breaker(), &CircuitBreaker::transitioned, this, &HealthPanel::updateCircuit,
            Qt::QueuedConnection);
    if (session->health()->hasReport())
        showReport(session->health()->latest());
    else
        m_summary->setText(tr("Checking…"));
    updateCircuit();
    m_tick.start();
}

void HealthPanel::checkNow(bool full)
{
    if (!m_session || !m_session->health())
        return;
    m_checked->setText(full ? tr("Running the full check…") : tr("Checking…"));
    m_workspace->checkHealthNow(full);
}

void HealthPanel::showReport(const HealthReport& report)
{
    m_model->setReport(report);
    m_summary->setText(HealthCheckModel::textOf(report.overall));
    const QColor color = HealthCheckModel::colorOf(report.overall);
    m_light->setStyleSheet(QStringLiteral("background: %1; border-radius: 20px; border: 2px solid %2;")
                               .arg(color.name(), color.darker(130).name()));
    m_light->setToolTip(HealthCheckModel::textOf(report.overall));
    m_checked->setText(tr("Checked at %1").arg(QLocale().toString(report.time.toLocalTime().time())));
    updateCircuit();
}

void HealthPanel::updateCircuit()
{
    if (!m_session)
        return;
    const CircuitBreaker& breaker = m_session->breaker();
    const CircuitStats s = breaker.stats();
    const CircuitOptions o = breaker.options();
    m_circuitState->setText(circuitStateText(s.state));
    m_circuitState->setStyleSheet(
        QStringLiteral("color: %1")
            .arg(HealthCheckModel::colorOf(s.state == CircuitState::Closed     ? CheckStatus::Ok
                                           : s.state == CircuitState::HalfOpen ? CheckStatus::Warn
                                                                               : CheckStatus::Fail)
                     .name()));
    m_failures->setText(
        tr("%1 of %2 within %3 s").arg(s.failuresInWindow).arg(o.failureThreshold).arg(o.windowMs / 1000));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString countdown;
    switch (s.state) {
    case CircuitState::Open:
        countdown =
            tr("Next attempt in %n s.", nullptr, int(std::max<qint64>(0, (s.nextAttemptMs - now + 999) / 1000)));
        break;
    case CircuitState::HalfOpen:
        countdown = tr("Trying again: %1 of %2 probes succeeded.").arg(s.halfOpenSuccesses).arg(o.successThreshold);
        break;
    case CircuitState::Isolated:
        countdown = tr("Isolated by hand: nothing uses the database until you reset the circuit.");
        break;
    case CircuitState::Closed:
        countdown = tr("Calls go through.");
        break;
    }
    if (!s.lastTransition.cause.isEmpty())
        countdown += QLatin1Char('\n') + tr("Last change: %1").arg(s.lastTransition.cause);
    m_countdown->setText(countdown);
    m_isolate->setEnabled(s.state != CircuitState::Isolated);
    m_reset->setEnabled(s.state != CircuitState::Closed);
    // A check by hand goes through the breaker: refused while it is open or isolated, so offered only when it can
    // run (the scheduled checks go on probing by themselves; Reset leaves isolation).
    const QString unavailable = m_workspace ? m_workspace->unavailableReason() : QString();
    for (QPushButton* b : {m_check, m_fullCheck}) {
        b->setEnabled(m_session->health() && unavailable.isEmpty());
        b->setToolTip(unavailable.isEmpty() ? b->text().remove(QLatin1Char('&')) : unavailable);
    }
    m_timeline->setSteps(circuitSteps(breaker.events(), CircuitState::Closed, m_openedAtMs, now), m_openedAtMs, now);
}

void HealthPanel::isolate()
{
    if (!m_session)
        return;
    if (!Prompt::confirm(this, tr("Isolate the Database"),
                         tr("Steward stops using %1 — the console, checks and every other call are refused — until "
                            "you reset the circuit.")
                             .arg(QFileInfo(m_session->path()).fileName()),
                         tr("Isolate")))
        return;
    m_workspace->isolate(tr("isolated by hand"));
    updateCircuit();
}

void HealthPanel::reset()
{
    if (!m_session)
        return;
    if (!Prompt::confirm(this, tr("Reset the Circuit"),
                         tr("Calls to %1 go through again. If the database is still failing, the circuit opens again "
                            "after the failure threshold.")
                             .arg(QFileInfo(m_session->path()).fileName()),
                         tr("Reset")))
        return;
    m_workspace->resetCircuit(tr("reset by hand"));
    updateCircuit();
}

} // namespace steward
