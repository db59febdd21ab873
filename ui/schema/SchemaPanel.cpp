#include "schema/SchemaPanel.h"

#include "common/JobProgress.h"
#include "db/DatabaseEngine.h"
#include "jobs/Job.h"
#include "models/SchemaTreeModel.h"
#include "models/TableDataModel.h"
#include "workspace/Workspace.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace steward {

SchemaPanel::SchemaPanel(QWidget* parent)
    : Panel(parent)
    , m_tree(new SchemaTreeModel(this))
    , m_treeFilter(new QSortFilterProxyModel(this))
    , m_data(new TableDataModel(this))
    , m_columns(new QStandardItemModel(this))
    , m_treeView(new QTreeView)
    , m_filter(new QLineEdit)
    , m_tabs(new QTabWidget)
    , m_grid(new QTableView)
    , m_columnsView(new QTableView)
    , m_sql(new QPlainTextEdit)
    , m_rowsLabel(new QLabel)
    , m_countButton(new QPushButton(tr("Count rows")))
    , m_jobs(new JobProgress(QStringLiteral("schema")))
    , m_columnsJobs(new JobProgress(QStringLiteral("schemaColumns")))
{
    setObjectName(QStringLiteral("schemaPanel"));
    m_filter->setObjectName(QStringLiteral("schemaFilter"));
    m_filter->setPlaceholderText(tr("Filter objects…"));
    m_filter->setClearButtonEnabled(true);
    m_treeFilter->setSourceModel(m_tree);
    m_treeFilter->setRecursiveFilteringEnabled(true);
    m_treeFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_treeFilter->setFilterFixedString(text);
        m_treeView->expandAll();
    });

    m_treeView->setObjectName(QStringLiteral("schemaTree"));
    m_treeView->setModel(m_treeFilter);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setHeaderHidden(true);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &SchemaPanel::showCurrent);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_treeView);

    m_grid->setObjectName(QStringLiteral("dataGrid"));
    m_grid->setModel(m_data);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setAlternatingRowColors(true);
    m_grid->setWordWrap(false);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 6);
    m_grid->horizontalHeader()->setMaximumSectionSize(400);
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    m_countButton->setObjectName(QStringLiteral("countRowsButton"));
    m_countButton->setToolTip(tr("Count every row of this table (reads the whole table)"));
    connect(m_countButton, &QPushButton::clicked, this, &SchemaPanel::countRows);
    connect(m_data, &TableDataModel::rowsLoaded, this, &SchemaPanel::updateRowsLabel);
    connect(m_data, &TableDataModel::fetchFailed, this,
            [this](const Error& e) { emit problem(tr("Reading rows failed: %1").arg(e.message), e.hint); });
    auto* dataPage = new QWidget;
    auto* dataLayout = new QVBoxLayout(dataPage);
    dataLayout->setContentsMargins(0, 4, 0, 0);
    auto* dataBar = new QHBoxLayout;
    dataBar->addWidget(m_rowsLabel, 1);
    dataBar->addWidget(m_countButton);
    dataLayout->addLayout(dataBar);
    dataLayout->addWidget(m_grid);

    m_columnsView->setObjectName(QStringLiteral("columnsTable"));
    m_columnsView->setModel(m_columns);
    m_columnsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columnsView->verticalHeader()->hide();
    m_columnsView->horizontalHeader()->setStretchLastSection(true);

    m_sql->setObjectName(QStringLiteral("sqlView"));
    m_sql->setReadOnly(true);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_tabs->setObjectName(QStringLiteral("schemaTabs"));
    m_tabs->addTab(dataPage, tr("Data"));
    m_tabs->addTab(m_columnsView, tr("Columns"));
    m_tabs->addTab(m_sql, tr("SQL"));

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 780});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_jobs);
    layout->addWidget(m_columnsJobs);
    layout->addWidget(splitter);
    setWorkspace(nullptr);
}

SchemaPanel::~SchemaPanel() = default;

void SchemaPanel::setWorkspace(Workspace* workspace)
{
    dropCount();
    m_jobs->stop();
    m_columnsJobs->stop();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace)
        connect(workspace, &Workspace::circuitChanged, this, &SchemaPanel::updateActions);
    m_data->clear();
    m_columns->clear();
    m_sql->clear();
    m_currentTable.clear();
    m_tree->setObjects({});
    m_rowsLabel->clear();
    m_countButton->setEnabled(false);
    if (workspace)
        showSchema({});
}

void SchemaPanel::onDatabaseChanged()
{
    if (!m_workspace)
        return;
    const QModelIndex index = m_treeView->currentIndex().siblingAtColumn(0);
    showSchema(index.isValid() ? index.data(SchemaTreeModel::ObjectNameRole).toString() : QString());
}

// The schema read again (in a job) into the tree; then `keep` selected again (its rows read anew), else the first
// table, so the grid shows data at once. When the schema cannot be read the problem is reported and the tree stays.
void SchemaPanel::showSchema(const QString& keep)
{
    m_jobs->run<QVector<SchemaObject>>(
        tr("Reading the schema…"), m_workspace->readSchema(),
        [this, keep](const Result<QVector<SchemaObject>>& objects) {
            if (!objects) {
                if (objects.error().code != ErrorCode::Cancelled)
                    emit problem(tr("The schema cannot be read: %1").arg(objects.error().message),
                                 objects.error().hint);
                return;
            }
            m_tree->setObjects(objects.value());
            m_treeView->expandAll();
            if (!keep.isEmpty() && selectObject(keep)) {
                showCurrent();
            } else {
                for (const auto& o : objects.value())
                    if (o.type == SchemaObjectType::Table) {
                        selectObject(o.name);
                        break;
                    }
            }
            emit loaded();
        },
        JobKind::Read);
}

bool SchemaPanel::selectObject(const QString& name)
{
    for (auto type :
         {SchemaObjectType::Table, SchemaObjectType::View, SchemaObjectType::MaterializedView, SchemaObjectType::Index,
          SchemaObjectType::Trigger, SchemaObjectType::Sequence, SchemaObjectType::Function}) {
        const QModelIndex source = m_tree->find(type, name);
        if (!source.isValid())
            continue;
        const QModelIndex proxy = m_treeFilter->mapFromSource(source);
        if (!proxy.isValid())
            return false;
        m_treeView->setCurrentIndex(proxy);
        m_treeView->scrollTo(proxy);
        return true;
    }
    return false;
}

void SchemaPanel::showCurrent()
{
    const QModelIndex index = m_treeView->currentIndex().siblingAtColumn(0);
    if (!index.isValid() || index.data(SchemaTreeModel::IsGroupRole).toBool())
        return;
    showObject(index.data(SchemaTreeModel::ObjectTypeRole).toInt(),
               index.data(SchemaTreeModel::ObjectNameRole).toString(), index.data(SchemaTreeModel::SqlRole).toString());
}

void SchemaPanel::showObject(int type, const QString& name, const QString& sql)
{
    if (!m_workspace)
        return;
    dropCount();
    m_sql->setPlainText(sql.isEmpty() ? tr("-- %1 was created automatically by SQLite and has no SQL.").arg(name)
                                      : sql);
    const bool hasRows = type == int(SchemaObjectType::Table) || type == int(SchemaObjectType::View) ||
                         type == int(SchemaObjectType::MaterializedView);
    m_tabs->setTabEnabled(0, hasRows);
    m_tabs->setTabEnabled(1, hasRows);
    m_columns->clear();
    if (!hasRows) {
        m_currentTable.clear();
        m_data->clear();
        m_tabs->setCurrentWidget(m_sql);
        return;
    }
    m_currentTable = name;
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Type"), tr("Not null"), tr("Default"), tr("Primary key")});
    m_columnsJobs->run<QVector<ColumnInfo>>(
        tr("Reading the columns of %1…").arg(name), m_workspace->readColumns(name),
        [this, name](const Result<QVector<ColumnInfo>>& cols) {
            if (!cols || name != m_currentTable)
                return;
            for (const auto& col : cols.value()) {
                QList<QStandardItem*> row{
                    new QStandardItem(col.name), new QStandardItem(col.type),
                    new QStandardItem(col.notNull ? tr("yes") : QString()), new QStandardItem(col.defaultValue),
                    new QStandardItem(col.primaryKeyPosition ? QString::number(col.primaryKeyPosition) : QString())};
                m_columns->appendRow(row);
            }
        },
        JobKind::Read);
    m_countButton->setText(tr("Count rows"));
    updateActions();
    m_rowsLabel->setText(tr("Reading %1…").arg(name));
    // Pages are read by jobs off the UI thread.
    m_data->setSource([ws = m_workspace, name](const TableReader::Cursor& cursor, int count) {
        return ws->readTablePage(name, cursor, count);
    });
}

void SchemaPanel::dropCount()
{
    Job::abandon(std::move(m_countJob));
}

void SchemaPanel::updateActions()
{
    // Counting reads the whole table: not while the circuit is open (what is shown stays browsable).
    const QString unavailable = m_workspace ? m_workspace->unavailableReason() : QString();
    const bool counting = m_countJob && m_countJob->isRunning();
    m_countButton->setEnabled(counting || (m_workspace && !m_currentTable.isEmpty() && unavailable.isEmpty()));
    m_countButton->setToolTip(
        unavailable.isEmpty() || counting ? tr("Count every row of this table (reads the whole table)") : unavailable);
}

void SchemaPanel::updateRowsLabel(int loaded, bool complete)
{
    if (loaded <= TableDataModel::PageSize)
        m_grid->resizeColumnsToContents();
    const QLocale locale;
    if (m_currentTable.isEmpty())
        m_rowsLabel->clear();
    else if (complete)
        m_rowsLabel->setText(tr("%1 rows").arg(locale.toString(loaded)));
    else
        m_rowsLabel->setText(tr("%1 rows loaded; more load as you scroll").arg(locale.toString(loaded)));
}

void SchemaPanel::countRows()
{
    if (m_countJob && m_countJob->isRunning()) {
        dropCount(); // cancelled; it ends unseen (it may be waiting for another program's lock)
        m_countButton->setText(tr("Count rows"));
        return;
    }
    if (!m_workspace || m_currentTable.isEmpty())
        return;
    const QString table = m_currentTable;
    // Counting reads the whole table: a job on a connection of its own, and the button cancels it.
    auto out = std::make_shared<std::optional<Result<qint64>>>();
    m_countJob = std::make_unique<Job>(tr("Count rows of %1").arg(table),
                                       Job::erased<qint64>(m_workspace->countRows(table), out));
    connect(m_countJob.get(), &Job::finished, this, [this, table, out] {
        if (!m_countJob)
            return;
        const Result<qint64> r = out->has_value() ? **out : Result<qint64>(m_countJob->result().error());
        m_countButton->setText(tr("Count rows"));
        if (!r) {
            emit problem(tr("Counting the rows of %1 failed: %2").arg(table, r.error().message), r.error().hint);
            return;
        }
        m_rowsLabel->setText(tr("%1 rows in %2").arg(QLocale().toString(r.value()), table));
    });
    m_countButton->setText(tr("Cancel count"));
    m_countJob->start();
}

} // namespace steward
