#include "queries/QueriesPanel.h"

#include "workspace/Workspace.h"

#include "queries/SlowQueryWidget.h"
#include "queries/SqlConsoleWidget.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace steward {

QueriesPanel::QueriesPanel(Settings& settings, QWidget* parent)
    : Panel(parent)
{
    setObjectName(QStringLiteral("queriesPanel"));
    m_console = new SqlConsoleWidget(settings);
    m_performance = new SlowQueryWidget(settings);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("queryTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_console, tr("SQL &Console"));
    m_tabs->addTab(m_performance, tr("&Performance"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_console, &SqlConsoleWidget::problem, this, &Panel::problem);
    connect(m_console, &SqlConsoleWidget::statusMessage, this, &Panel::statusMessage);
    connect(m_console, &SqlConsoleWidget::databaseChanged, this,
            [this] { emit databaseChanged(tr("The console's transaction was committed.")); });
    connect(m_performance, &SlowQueryWidget::problem, this, &Panel::problem);
    connect(m_performance, &SlowQueryWidget::statusMessage, this, &Panel::statusMessage);
}

void QueriesPanel::setWorkspace(Workspace* workspace)
{
    m_console->setWorkspace(workspace);
    m_performance->setWorkspace(workspace);
}

void QueriesPanel::onDatabaseChanged()
{
    m_performance->refresh(); // the console is where most changes come from: it keeps its text and results
}

QString QueriesPanel::unsavedWork() const
{
    return m_console->inTransaction() ? tr("The SQL console has changes that are not committed; closing the "
                                           "database rolls them back.")
                                      : QString();
}

void QueriesPanel::showPerformance()
{
    m_tabs->setCurrentWidget(m_performance);
}

void QueriesPanel::showConsole()
{
    m_tabs->setCurrentWidget(m_console);
}

} // namespace steward
