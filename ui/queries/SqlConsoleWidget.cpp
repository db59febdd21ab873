#include "queries/SqlConsoleWidget.h"

#include "Settings.h"
#include "common/FileDialog.h"
#include "common/JobProgress.h"
#include "common/Prompt.h"
#include "common/SqlHighlighter.h"
#include "db/DatabaseSession.h"
#include "health/CircuitBreaker.h"
#include "models/ConsoleResultModel.h"
#include "models/FingerprintModel.h"
#include "monitor/QueryReport.h"
#include "monitor/QueryTools.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QToolBar>
#include <QVBoxLayout>

namespace steward {

namespace {

constexpr int MaxHistory = 50;

QString formatDuration(qint64 ns)
{
    const double ms = double(ns) / 1e6;
    return ms >= 1000 ? QCoreApplication::translate("steward::SqlConsoleWidget", "%1 s")
                            .arg(QLocale().toString(ms / 1000, 'f', 2))
                      : QCoreApplication::translate("steward::SqlConsoleWidget", "%1 ms")
                            .arg(QLocale().toString(ms, 'f', ms >= 10 ? 1 : 3));
}

} // namespace

SqlConsoleWidget::SqlConsoleWidget(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("sqlConsole"));
    qRegisterMetaType<steward::ConsoleResult>();

    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("Write SQL here. Ctrl+Enter runs the statement under the cursor or the "
                                    "selection; Ctrl+Shift+Enter runs everything."));
    m_editor->setTabStopDistance(4 * m_editor->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    new SqlHighlighter(m_editor->document());

    auto* toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto action = [&](const QString& name, const QString& text, const QList<QKeySequence>& keys,
                            const QString& tip, void (SqlConsoleWidget::*slot)()) {
        auto* a = toolbar->addAction(text, this, slot);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(
            keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
        addAction(a);
        return a;
    };
    m_run = action(QStringLiteral("runStatement"), tr("Run"),
                   {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                   tr("Run the statement under the cursor, or the selection"), &SqlConsoleWidget::runCurrent);
    m_runAll = action(QStringLiteral("runAll"), tr("Run All"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)},
                      tr("Run every statement in the editor"), &SqlConsoleWidget::runAll);
    m_cancel = action(QStringLiteral("cancelStatement"), tr("Cancel"), {QKeySequence(Qt::CTRL | Qt::Key_Period)},
                      tr("Stop the statement that is running"), &SqlConsoleWidget::cancel);
    toolbar->addSeparator();
    m_commit = action(QStringLiteral("commitTransaction"), tr("Commit"), {},
                      tr("Save the changes of the open transaction"), &SqlConsoleWidget::commit);
    m_rollback = action(QStringLiteral("rollbackTransaction"), tr("Roll Back"), {},
                        tr("Undo the changes of the open transaction"), &SqlConsoleWidget::rollback);
    toolbar->addSeparator();
    m_profile =
        action(QStringLiteral("profileScript"), tr("Profile Script…"), {},
               tr("Run a .sql file several times, traced, each run rolled back"), &SqlConsoleWidget::profileScript);
    m_historyBox = new QComboBox;
    m_historyBox->setObjectName(QStringLiteral("consoleHistory"));
    m_historyBox->setMinimumContentsLength(24);
    m_historyBox->setMaximumWidth(360);
    m_historyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyBox->setToolTip(tr("Statements run before; choose one to put it in the editor"));
    connect(m_historyBox, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_editor->setPlainText(m_historyBox->itemData(index).toString());
        m_historyBox->setCurrentIndex(0);
        m_editor->setFocus();
    });
    toolbar->addSeparator();
    toolbar->addWidget(m_historyBox);

    m_transaction = new QLabel;
    m_transaction->setObjectName(QStringLiteral("transactionState"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new ConsoleResultModel(this);
    connect(m_model, &ConsoleResultModel::moreWanted, this, [this] {
        if (m_console)
            m_console->fetchMore(1000);
    });
    m_results = new QTableView;
    m_results->setObjectName(QStringLiteral("consoleResults"));
    m_results->setModel(m_model);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 6);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Columns take the width of what they show (the first rows), never more than this; the rest is in the tooltip.
    m_results->horizontalHeader()->setMaximumSectionSize(420);
    m_results->horizontalHeader()->setResizeContentsPrecision(200);
    m_results->setWordWrap(false);
    m_messages = new QPlainTextEdit;
    m_messages->setObjectName(QStringLiteral("consoleMessages"));
    m_messages->setReadOnly(true);
    m_messages->setMaximumBlockCount(2000);
    m_messages->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* outputs = new QSplitter(Qt::Horizontal);
    outputs->addWidget(m_results);
    outputs->addWidget(m_messages);
    outputs->setStretchFactor(0, 3);
    outputs->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_editor);
    split->addWidget(outputs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_jobs = new JobProgress(QStringLiteral("console"));
    connect(m_jobs, &JobProgress::busyChanged, this, &SqlConsoleWidget::updateActions);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_transaction);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(split, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_jobs);
    updateActions();
}

SqlConsoleWidget::~SqlConsoleWidget() = default;

void SqlConsoleWidget::setWorkspace(Workspace* workspace)
{
    DatabaseSession* session = workspace ? workspace->session() : nullptr;
    if (session && session == m_session && m_console)
        return; // the same database refreshed: keep the console, its transaction and its result
    m_jobs->stop();
    m_console.reset(); // rolls back what was not committed (the window asked before)
    m_inTransaction = false;
    // The text, results and messages belong to their database: kept for it, and not shown with another.
    if (m_session)
        m_texts[m_session->path()] = m_editor->toPlainText();
    m_editor->setPlainText(session ? m_texts.value(session->path()) : QString());
    m_messages->clear();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_session = session;
    if (workspace)
        connect(workspace, &Workspace::circuitChanged, this, &SqlConsoleWidget::updateActions);
    m_model->clear();
    m_openError.clear();
    m_history.clear();
    if (session) {
        auto console =
            ConsoleSession::open(session->path(), session->options(), &session->monitor(), &session->breaker());
        if (!console) {
            m_openError = console.error().toText();
            if (console.error().code == ErrorCode::NotSupported) // said where the console is, not as an alarm
                m_messages->setPlainText(m_openError);
            else
                emit problem(tr("The SQL console cannot use this database: %1").arg(console.error().message),
                             console.error().hint);
        } else {
            m_console = std::move(console.value());
            connect(m_console.get(), &ConsoleSession::finished, this, &SqlConsoleWidget::onFinished);
            connect(m_console.get(), &ConsoleSession::rowsFetched, this,
                    [this](const QVector<QVariantList>& rows, bool more) { m_model->appendRows(rows, more); });
        }
        const auto saved = QJsonDocument::fromJson(
            m_settings.databaseValue(session->path(), DatabaseSetting::ConsoleHistory).toUtf8());
        for (const auto& v : saved.array())
            m_history << v.toString();
    }
    showHistory();
    m_status->setText(m_openError);
    updateActions();
}

bool SqlConsoleWidget::isRunning() const
{
    return (m_console && m_console->isBusy()) || m_runId != 0 || m_jobs->isBusy() || m_jobs->isReading();
}

void SqlConsoleWidget::updateActions()
{
    // While the circuit is open the database is not used: running, committing and profiling wait for it to close
    // (rolling back stays possible: it only lets go of what the console holds).
    const QString unavailable = m_workspace ? m_workspace->unavailableReason() : QString();
    const bool ready = m_console && !isRunning() && unavailable.isEmpty();
    m_run->setEnabled(ready);
    m_runAll->setEnabled(ready);
    m_cancel->setEnabled(m_console && isRunning());
    m_commit->setEnabled(ready && m_inTransaction);
    m_rollback->setEnabled(m_console && !isRunning() && m_inTransaction);
    m_profile->setEnabled(m_session && !isRunning() && unavailable.isEmpty());
    m_transaction->setText(m_inTransaction ? tr("<b>Transaction open</b> — commit or roll back") : QString());
    const QString reason = !m_session ? tr("Open a database first") : !m_console ? m_openError : unavailable;
    for (QAction* a : {m_run, m_runAll, m_commit, m_profile}) {
        if (!a->property("baseToolTip").isValid())
            a->setProperty("baseToolTip", a->toolTip());
        a->setStatusTip(reason);
        a->setToolTip(reason.isEmpty() ? a->property("baseToolTip").toString() : reason);
    }
}

void SqlConsoleWidget::runCurrent()
{
    QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection()) {
        run(cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')), cursor.selectionStart());
        return;
    }
    const QString text = m_editor->toPlainText();
    const StatementRange r = statementAt(text, cursor.position());
    if (r.isEmpty()) {
        m_status->setText(tr("There is no statement at the cursor."));
        return;
    }
    run(text.mid(r.start, r.end - r.start), r.start);
}

void SqlConsoleWidget::runAll()
{
    run(m_editor->toPlainText(), 0);
}

void SqlConsoleWidget::run(const QString& text, int editorOffset)
{
    if (!m_console || isRunning() || text.trimmed().isEmpty())
        return;
    // Ask before anything that writes; inside the console's open transaction everything can still be rolled back.
    // Whether it writes is found on a connection of its own (preparing waits for a lock another program holds).
    if (!m_inTransaction) {
        m_jobs->run<bool>(
            tr("Reading the statements…"), m_workspace->writesData(text),
            [this, text, editorOffset](const Result<bool>& writes) {
                // A database open read-only cannot take a write: said before anything runs, and no transaction
                // is begun that could not be committed.
                if (writes && writes.value() && m_workspace && m_workspace->isReadOnly()) {
                    const QString message = tr("%1 is open read-only: these statements change data, so they were "
                                               "not run.")
                                                .arg(QFileInfo(m_session->path()).fileName());
                    m_status->setText(
                        QStringLiteral("<span style='color:#c62828'>%1</span>").arg(message.toHtmlEscaped()));
                    log(message);
                    return;
                }
                if (writes && writes.value() &&
                    !Prompt::confirm(this, tr("Change Data"),
                                     tr("These statements change data in %1.\n\nThey run in a "
                                        "transaction: nothing is saved until you commit, and Roll Back "
                                        "undoes them.")
                                         .arg(QFileInfo(m_session->path()).fileName()),
                                     tr("Run")))
                    return;
                if (!writes && writes.error().code == ErrorCode::Cancelled)
                    return;
                start(text, editorOffset);
            },
            JobKind::Read);
        updateActions();
        return;
    }
    start(text, editorOffset);
}

void SqlConsoleWidget::start(const QString& text, int editorOffset)
{
    if (!m_console || isRunning())
        return;
    m_runOffset = editorOffset;
    m_status->setText(tr("Running…"));
    addToHistory(text.trimmed());
    m_runId = m_console->run(text);
    updateActions();
}

void SqlConsoleWidget::onFinished(const ConsoleResult& result)
{
    if (result.runId != 0 && result.runId != m_runId)
        return;
    m_runId = 0;
    const bool wasInTransaction = m_inTransaction;
    m_inTransaction = result.inTransaction;
    qint64 total = 0;
    for (const auto& s : result.statements) {
        total += s.durationNs;
        QString what;
        if (s.returnsRows)
            what = tr("%n rows", nullptr, int(s.rowsReturned));
        else if (s.rowsChanged > 0)
            what = tr("%n rows changed", nullptr, int(s.rowsChanged));
        else
            what = tr("done");
        log(QStringLiteral("%1  —  %2 · %3").arg(s.sql.simplified().left(120), what, formatDuration(s.durationNs)));
    }
    if (result.error) {
        m_model->clear();
        QString where;
        if (result.errorOffset >= 0) {
            QTextCursor c(m_editor->document());
            c.setPosition(std::min<int>(m_runOffset + result.errorOffset, m_editor->document()->characterCount() - 1));
            where = tr(" (line %1, column %2)").arg(c.blockNumber() + 1).arg(c.positionInBlock() + 1);
            m_editor->setTextCursor(c);
        }
        const QString undone = result.undone ? tr(" Nothing of this run was changed.") : QString();
        m_status->setText(QStringLiteral("<span style='color:#c62828'>%1</span>")
                              .arg((result.error->message + where + undone).toHtmlEscaped()));
        log(tr("Error%1: %2").arg(where, result.error->message));
    } else {
        if (!result.columns.isEmpty() || result.rows.size() > 0) {
            m_model->setResult(result.columns, result.rows, result.hasMore);
            m_results->resizeColumnsToContents();
        } else if (!result.statements.isEmpty() && !result.statements.last().returnsRows)
            m_model->clear();
        QString text = tr("%n statements in %1", nullptr, int(result.statements.size())).arg(formatDuration(total));
        if (!result.columns.isEmpty())
            text = tr("%n rows", nullptr, int(result.rows.size())) +
                   (result.hasMore ? tr(" (more as you scroll)") : QString()) + QStringLiteral(" · ") +
                   formatDuration(total);
        m_status->setText(text);
        if (wasInTransaction && !m_inTransaction && !result.statements.isEmpty() &&
            result.statements.last().sql == QLatin1String("COMMIT"))
            emit databaseChanged();
    }
    if (!wasInTransaction && m_inTransaction)
        log(tr("A transaction is open: Commit saves the changes, Roll Back undoes them."));
    updateActions();
    emit finishedRun(result);
}

void SqlConsoleWidget::cancel()
{
    if (m_console)
        m_console->cancel();
    if (m_jobs->isBusy())
        m_jobs->stop();
}

void SqlConsoleWidget::commit()
{
    if (!m_console || isRunning() || !m_inTransaction)
        return;
    m_runId = 0;
    m_console->commit();
    log(QStringLiteral("COMMIT"));
}

void SqlConsoleWidget::rollback()
{
    if (!m_console || isRunning() || !m_inTransaction)
        return;
    m_console->rollback();
    log(QStringLiteral("ROLLBACK"));
}

void SqlConsoleWidget::addToHistory(const QString& text)
{
    m_history.removeAll(text);
    m_history.prepend(text);
    while (m_history.size() > MaxHistory)
        m_history.removeLast();
    showHistory();
    if (m_session)
        m_settings.setDatabaseValue(
            m_session->path(), DatabaseSetting::ConsoleHistory,
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m_history)).toJson(QJsonDocument::Compact)));
}

void SqlConsoleWidget::showHistory()
{
    m_historyBox->clear();
    m_historyBox->addItem(tr("History"));
    for (const QString& h : m_history)
        m_historyBox->addItem(h.simplified().left(80), h);
}

void SqlConsoleWidget::log(const QString& line)
{
    m_messages->appendPlainText(line);
}

void SqlConsoleWidget::profileScript()
{
    if (!m_session || isRunning())
        return;
    const QString file =
        FileDialog::getOpenFileName(this, tr("Profile Script"), QFileInfo(m_session->path()).absolutePath(),
                                    tr("SQL scripts (*.sql);;All files (*)"));
    if (file.isEmpty())
        return;
    const auto runsText =
        Prompt::text(this, tr("Profile Script"),
                     tr("How many times should %1 run? Each run is rolled back.").arg(QFileInfo(file).fileName()),
                     QStringLiteral("10"));
    if (!runsText)
        return;
    bool ok = false;
    const int runs = runsText->toInt(&ok);
    if (!ok || runs < 1 || runs > 100000) {
        emit problem(tr("'%1' is not a number of runs.").arg(*runsText), tr("Give a whole number from 1 to 100,000."));
        return;
    }
    m_jobs->run<QVector<FingerprintSummary>>(
        tr("Profiling %1").arg(QFileInfo(file).fileName()), m_workspace->profileScript(file, runs),
        [this, file, runs](const Result<QVector<FingerprintSummary>>& r) {
            updateActions();
            if (!r) {
                emit problem(tr("The script was not profiled: %1").arg(r.error().message), r.error().hint);
                return;
            }
            auto* dialog = new QDialog(this);
            dialog->setObjectName(QStringLiteral("profileResults"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Profile of %1 — %n runs", nullptr, runs).arg(QFileInfo(file).fileName()));
            auto* model = new FingerprintModel(dialog);
            model->setSummaries(r.value());
            auto* proxy = new QSortFilterProxyModel(dialog);
            proxy->setSourceModel(model);
            proxy->setSortRole(FingerprintModel::SortRole);
            auto* view = new QTableView;
            view->setModel(proxy);
            view->setSortingEnabled(true);
            view->sortByColumn(FingerprintModel::Total, Qt::DescendingOrder);
            view->hideColumn(FingerprintModel::Source);
            view->horizontalHeader()->setSectionResizeMode(FingerprintModel::Statement, QHeaderView::Stretch);
            auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
            connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
            auto* layout = new QVBoxLayout(dialog);
            layout->addWidget(new QLabel(tr("Every statement of the script, traced over %n runs; the database was "
                                            "left as it was.",
                                            nullptr, runs)));
            layout->addWidget(view);
            layout->addWidget(buttons);
            dialog->resize(900, 400);
            dialog->open();
        });
    updateActions();
}

} // namespace steward
