#include "queries/SlowQueryWidget.h"

#include "Audit.h"
#include "Settings.h"
#include "charts/QueryCharts.h"
#include "common/FileDialog.h"
#include "common/JobProgress.h"
#include "common/Prompt.h"
#include "common/SqlHighlighter.h"
#include "db/DatabaseSession.h"
#include "models/FingerprintModel.h"
#include "models/QueryChartFeed.h"
#include "monitor/QueryTools.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

SlowQueryWidget::SlowQueryWidget(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("slowQueries"));
    qRegisterMetaType<steward::QueryReport>();

    m_range = new QComboBox;
    m_range->setObjectName(QStringLiteral("timeRange"));
    m_range->addItem(tr("Last 15 minutes"), 15 * 60);
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last day"), 24 * 3600);
    m_range->addItem(tr("All"), 0);
    m_range->setCurrentIndex(1);
    m_range->setToolTip(tr("Which statements the charts and the table show"));
    connect(m_range, &QComboBox::currentIndexChanged, this, &SlowQueryWidget::refresh);

    m_threshold = new QSpinBox;
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(0, 3'600'000);
    m_threshold->setSuffix(tr(" ms"));
    m_threshold->setValue(int(settings.intValue(SettingKey::SlowQueryThresholdMs)));
    m_threshold->setKeyboardTracking(false);
    m_threshold->setToolTip(
        settings.isOverriddenByEnvironment(SettingKey::SlowQueryThresholdMs)
            ? tr("Statements that take at least this long are slow. SLOW_QUERY_THRESHOLD sets the value at start; a "
                 "change here applies until Steward closes.")
            : tr("Statements that take at least this long are slow (exactly the threshold counts as slow)."));
    connect(m_threshold, &QSpinBox::valueChanged, this, &SlowQueryWidget::thresholdChanged);
    // Changed in Preferences or in settings.ini by another program: the spin box, the monitor and the chart's
    // threshold line follow at once.
    connect(&m_settings, &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::SlowQueryThresholdMs)
            m_threshold->setValue(int(m_settings.intValue(SettingKey::SlowQueryThresholdMs)));
    });

    m_topBy = new QComboBox;
    m_topBy->setObjectName(QStringLiteral("topBy"));
    m_topBy->addItem(tr("Top by total time"), int(TopBy::Total));
    m_topBy->addItem(tr("Top by mean time"), int(TopBy::Mean));
    m_topBy->addItem(tr("Top by calls"), int(TopBy::Calls));
    connect(m_topBy, &QComboBox::currentIndexChanged, this, &SlowQueryWidget::redraw);

    m_live = new QCheckBox(tr("&Live"));
    m_live->setObjectName(QStringLiteral("liveRefresh"));
    m_live->setChecked(true);
    m_live->setToolTip(tr("Refresh every two seconds while this view is shown"));
    connect(m_live, &QCheckBox::toggled, this, &SlowQueryWidget::setLive);

    // Steward's own statements (reading the schema, its checks) are not what the user came to look at.
    m_hideOwn = new QCheckBox(tr("Hide Steward's own"));
    m_hideOwn->setObjectName(QStringLiteral("hideOwnStatements"));
    m_hideOwn->setChecked(true);
    m_hideOwn->setToolTip(tr("Leave out the statements Steward runs itself (reading the schema, its checks); show "
                             "the application's and the ones run from the SQL console"));
    connect(m_hideOwn, &QCheckBox::toggled, this, [this] { showReport(); });

    auto* refreshButton = new QToolButton;
    refreshButton->setObjectName(QStringLiteral("refreshQueries"));
    auto* refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &SlowQueryWidget::refresh);
    addAction(refreshAction);
    refreshButton->setDefaultAction(refreshAction);
    auto* showAll = new QPushButton(tr("Show all"));
    showAll->setObjectName(QStringLiteral("showAllStatements"));
    showAll->setToolTip(tr("Stop filtering the charts to one statement (Esc)"));
    connect(showAll, &QPushButton::clicked, this, [this] { selectFingerprint({}); });
    auto* escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, [this] { selectFingerprint({}); });
    addAction(escape);
    auto* clearButton = new QPushButton(tr("Clear…"));
    m_clear = clearButton;
    clearButton->setObjectName(QStringLiteral("clearQueries"));
    connect(clearButton, &QPushButton::clicked, this, &SlowQueryWidget::clearAll);
    auto* exportButton = new QPushButton(tr("Export CSV…"));
    exportButton->setObjectName(QStringLiteral("exportQueries"));
    connect(exportButton, &QPushButton::clicked, this, &SlowQueryWidget::exportCsv);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_range);
    bar->addWidget(new QLabel(tr("Threshold:")));
    bar->addWidget(m_threshold);
    bar->addWidget(m_topBy);
    bar->addWidget(m_live);
    bar->addWidget(m_hideOwn);
    bar->addWidget(refreshButton);
    bar->addWidget(showAll);
    bar->addStretch();
    bar->addWidget(clearButton);
    bar->addWidget(exportButton);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("queriesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_charts = new QueryCharts(this);
    connect(m_charts, &QueryCharts::pointClicked, this, &SlowQueryWidget::showEventAt);
    connect(m_charts, &QueryCharts::topBarClicked, this, &SlowQueryWidget::selectFingerprint);
    auto* chartRow = new QSplitter(Qt::Horizontal);
    chartRow->addWidget(m_charts->timelineView());
    chartRow->addWidget(m_charts->topView());
    chartRow->addWidget(m_charts->histogramView());
    chartRow->setStretchFactor(0, 9);
    chartRow->setStretchFactor(1, 7);
    chartRow->setStretchFactor(2, 5);
    chartRow->setMinimumHeight(270);

    m_model = new FingerprintModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FingerprintModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("fingerprintTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FingerprintModel::Total, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FingerprintModel::Statement, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selectFingerprint(current.data(FingerprintModel::FingerprintRole).toString());
            });

    m_statement = new QPlainTextEdit;
    m_statement->setObjectName(QStringLiteral("statementDetails"));
    m_statement->setReadOnly(true);
    m_statement->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_statement->setPlaceholderText(tr("Click a row or a point to see the statement, its values and its plan."));
    new SqlHighlighter(m_statement->document());
    m_plan = new QTreeWidget;
    m_plan->setObjectName(QStringLiteral("queryPlan"));
    m_plan->setHeaderLabels({tr("Query plan")});
    auto* details = new QSplitter(Qt::Vertical);
    details->addWidget(m_statement);
    details->addWidget(m_plan);

    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_table);
    bottom->addWidget(details);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(chartRow);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_jobs = new JobProgress(QStringLiteral("queries"));
    m_planJobs = new JobProgress(QStringLiteral("queriesPlan"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_jobs);
    layout->addWidget(m_planJobs);

    m_liveTimer.setInterval(std::chrono::seconds(2));
    connect(&m_liveTimer, &QTimer::timeout, this, &SlowQueryWidget::refresh);
}

void SlowQueryWidget::setWorkspace(Workspace* workspace)
{
    DatabaseSession* session = workspace ? workspace->session() : nullptr;
    if (session && session == m_session) {
        if (isVisible())
            refresh();
        return;
    }
    m_jobs->stop();
    m_planJobs->stop();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_session = session;
    if (workspace)
        connect(workspace, &Workspace::circuitChanged, this, &SlowQueryWidget::updateActions);
    updateActions();
    m_report = {};
    m_fullReport = {};
    m_selected.clear();
    if (session)
        m_threshold->setValue(int(session->monitor().thresholdMs()));
    redraw();
    if (session && isVisible())
        refresh();
}

bool SlowQueryWidget::isLoading() const
{
    return m_jobs->isBusy();
}

void SlowQueryWidget::setLive(bool on)
{
    m_live->setChecked(on);
    if (on && isVisible())
        m_liveTimer.start();
    else
        m_liveTimer.stop();
}

void SlowQueryWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    setLive(m_live->isChecked());
    refresh();
}

void SlowQueryWidget::hideEvent(QHideEvent* event)
{
    m_liveTimer.stop();
    QWidget::hideEvent(event);
}

QDateTime SlowQueryWidget::rangeStart() const
{
    const int seconds = m_range->currentData().toInt();
    return seconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(-seconds) : QDateTime();
}

void SlowQueryWidget::refresh()
{
    if (!m_session)
        return;
    if (m_jobs->isBusy() || m_jobs->isReading()) { // the live view asks every 2 s: a slow read is not superseded
        m_reloadWanted = true;
        return;
    }
    m_reloadWanted = false;
    m_jobs->run<QueryReport>(
        tr("Reading query statistics"), m_workspace->readQueryReport(rangeStart()),
        [this](const Result<QueryReport>& r) {
            if (!r) {
                if (r.error().code != ErrorCode::Cancelled)
                    emit problem(tr("The query statistics could not be read: %1").arg(r.error().message),
                                 r.error().hint);
            } else {
                m_fullReport = r.value();
                showReport();
                emit loaded();
            }
            if (m_reloadWanted)
                QMetaObject::invokeMethod(this, &SlowQueryWidget::refresh, Qt::QueuedConnection);
        },
        JobKind::Read);
}

void SlowQueryWidget::showReport()
{
    m_report = m_hideOwn->isChecked() ? withoutOwnStatements(m_fullReport) : m_fullReport;
    redraw();
}

void SlowQueryWidget::redraw()
{
    // A statement no longer in the report (cleared, out of the time range): its details do not stay behind.
    if (!m_selected.isEmpty() &&
        std::none_of(m_report.fingerprints.begin(), m_report.fingerprints.end(),
                     [&](const FingerprintSummary& f) { return f.fingerprint == m_selected; })) {
        m_selected.clear();
        m_statement->clear();
        m_plan->clear();
        m_detailsShown.clear();
    }
    const double threshold = double(m_threshold->value());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDateTime start = rangeStart();
    m_charts->setTimeline(timelineOf(m_report.events, threshold, m_selected), threshold,
                          start.isValid() ? start.toMSecsSinceEpoch() : 0, now);
    m_charts->setHistogram(histogramOf(m_report.events, m_selected));
    const auto by = TopBy(m_topBy->currentData().toInt());
    m_charts->setTop(topOf(m_report.fingerprints, by, 6), by);
    const QString current = m_selected;
    m_model->setSummaries(m_report.fingerprints);
    if (!current.isEmpty() && m_proxy->rowCount() > 0) {
        const int row = m_model->rowOf(current);
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        showSelectedDetails(); // the details follow the new figures
    }

    qint64 slow = 0, application = 0;
    for (const auto& e : m_report.events) {
        slow += e.durationMs >= threshold;
        application += e.source == QuerySource::Application;
    }
    QStringList parts;
    parts << tr("%n statements", nullptr, int(m_report.events.size())) << tr("%n slow", nullptr, int(slow))
          << tr("%n recorded by the application", nullptr, int(application));
    if (!m_selected.isEmpty())
        parts << tr("showing one statement");
    if (m_session) {
        const qint64 lost = m_session->monitor().lostToOverflow();
        if (lost > 0)
            parts << tr("%n slow statements could not be stored (the database stayed locked)", nullptr, int(lost));
    }
    if (m_report.skippedRows > 0)
        parts << tr("%n rows of query_performance do not fit and are not shown", nullptr, m_report.skippedRows);
    if (!m_report.shapeProblem.isEmpty())
        parts << m_report.shapeProblem;
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void SlowQueryWidget::selectFingerprint(const QString& fingerprint)
{
    if (fingerprint == m_selected && !fingerprint.isEmpty())
        return;
    m_selected = fingerprint;
    if (fingerprint.isEmpty()) {
        m_table->clearSelection();
        m_statement->clear();
        m_plan->clear();
        m_detailsShown.clear();
    } else {
        showSelectedDetails();
    }
    redraw();
}

void SlowQueryWidget::showSelectedDetails()
{
    const int row = m_model->rowOf(m_selected);
    if (row < 0)
        return;
    const FingerprintSummary* s = m_model->summary(row);
    const QString heading = tr("-- %1 calls · mean %2 ms · p95 %3 ms · max %4 ms")
                                .arg(QLocale().toString(s->calls), FingerprintModel::formatMs(s->meanMs),
                                     FingerprintModel::formatMs(s->p95Ms), FingerprintModel::formatMs(s->maxMs));
    // Shown again only when its figures moved (a refresh every few seconds must not plan it again and again).
    const QString key = m_selected + QLatin1Char('\n') + heading;
    if (key == m_detailsShown)
        return;
    m_detailsShown = key;
    QString params;
    for (auto it = m_report.events.crbegin(); it != m_report.events.crend(); ++it)
        if (it->fingerprint == m_selected && !it->params.isEmpty()) {
            params = it->params;
            break;
        }
    showDetails(s->example, params, heading);
}

void SlowQueryWidget::showEventAt(qint64 timeMs, double durationMs)
{
    const QueryEvent* best = nullptr;
    double bestDistance = 0;
    for (const auto& e : m_report.events) {
        if (!m_selected.isEmpty() && e.fingerprint != m_selected)
            continue;
        const double d = std::abs(double(e.timeMs - timeMs)) / 1000.0 + std::abs(e.durationMs - durationMs);
        if (!best || d < bestDistance) {
            best = &e;
            bestDistance = d;
        }
    }
    if (best)
        showDetails(
            best->sql, best->params,
            tr("-- %1 · %2 ms · %3")
                .arg(QDateTime::fromMSecsSinceEpoch(best->timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     FingerprintModel::formatMs(best->durationMs),
                     best->source == QuerySource::Traced ? tr("traced by Steward")
                                                         : tr("recorded by the application")));
}

void SlowQueryWidget::showDetails(const QString& sql, const QString& params, const QString& heading)
{
    QString text = heading + QLatin1Char('\n') + sql.trimmed();
    if (!params.isEmpty() && params != sql)
        text += QLatin1String("\n\n-- ") + tr("with its values:") + QLatin1Char('\n') + params.trimmed();
    m_statement->setPlainText(text);
    m_plan->clear();
    if (!m_session)
        return;
    // EXPLAIN QUERY PLAN only plans the statement (nothing runs), on a connection of its own: planning reads the
    // schema, which waits for a lock another program holds.
    m_planJobs->run<QVector<PlanStep>>(
        tr("Planning the statement…"), m_workspace->explain(sql),
        [this](const Result<QVector<PlanStep>>& plan) {
            m_plan->clear();
            if (!plan) {
                if (plan.error().code == ErrorCode::Cancelled)
                    return;
                auto* item = new QTreeWidgetItem(m_plan, {tr("No plan: %1").arg(plan.error().message)});
                item->setToolTip(0, plan.error().hint);
                return;
            }
            QHash<int, QTreeWidgetItem*> items;
            for (const PlanStep& step : plan.value()) {
                QTreeWidgetItem* parent = items.value(step.parent);
                auto* item =
                    parent ? new QTreeWidgetItem(parent, {step.detail}) : new QTreeWidgetItem(m_plan, {step.detail});
                items.insert(step.id, item);
            }
            m_plan->expandAll();
        },
        JobKind::Read);
}

void SlowQueryWidget::thresholdChanged(int ms)
{
    if (m_session)
        m_session->monitor().setThresholdMs(ms);
    if (!m_settings.isOverriddenByEnvironment(SettingKey::SlowQueryThresholdMs))
        m_settings.setValue(SettingKey::SlowQueryThresholdMs, ms);
    redraw();
}

void SlowQueryWidget::updateActions()
{
    // Clearing forgets Steward's own records (in its data folder): it never needs, nor writes, the database.
    m_clear->setEnabled(m_workspace != nullptr);
    m_clear->setToolTip(tr("Forget the statements Steward traced on this database. The application's own "
                           "query_performance is left as it is."));
}

void SlowQueryWidget::clearAll()
{
    if (!m_session || m_jobs->isBusy())
        return;
    if (!Prompt::confirm(this, tr("Clear Query Statistics"),
                         tr("Forget every statement Steward traced on %1?\n\nThe application's own records of "
                            "slow queries (its table query_performance) are left as they are.")
                             .arg(QFileInfo(m_session->path()).fileName()),
                         tr("Clear")))
        return;
    m_jobs->run<int>(tr("Clearing Steward's records of slow statements"), m_workspace->clearQueryStatistics(),
                     [this](const Result<int>& r) {
                         if (!r)
                             emit problem(tr("Steward's records were not cleared: %1").arg(r.error().message),
                                          r.error().hint);
                         else
                             emit statusMessage(tr("Cleared; %n slow statements Steward had recorded were forgotten.",
                                                   nullptr, r.value()));
                         m_report = {};
                         m_fullReport = {};
                         m_fullReport = {};
                         redraw();
                         refresh();
                     });
}

void SlowQueryWidget::exportCsv()
{
    if (!m_session)
        return;
    const QString suggested =
        QDir(QFileInfo(m_session->path()).absolutePath())
            .filePath(QFileInfo(m_session->path()).completeBaseName() + QStringLiteral("-queries.csv"));
    const QString path = FileDialog::getSaveFileName(this, tr("Export Statements"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QVector<QueryEvent> events;
    for (const auto& e : m_report.events)
        if (m_selected.isEmpty() || e.fingerprint == m_selected)
            events.push_back(e);
    if (auto r = exportQueryEventsCsv(path, events); !r)
        emit problem(tr("The statements were not exported: %1").arg(r.error().message), r.error().hint);
    else
        emit statusMessage(
            tr("Exported %n statements to %1", nullptr, int(events.size())).arg(QDir::toNativeSeparators(path)));
}

} // namespace steward
