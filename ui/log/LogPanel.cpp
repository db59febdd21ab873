#include "log/LogPanel.h"

#include "AppPaths.h"
#include "Logging.h"
#include "models/LogModel.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace steward {

LogPanel::LogPanel(QWidget* parent)
    : Panel(parent)
    , m_model(new LogModel(logging::ring(), this))
    , m_proxy(new LogFilterProxy(this))
    , m_level(new QComboBox)
    , m_search(new QLineEdit)
    , m_view(new QTableView)
{
    setObjectName(QStringLiteral("logPanel"));
    m_proxy->setSourceModel(m_model);

    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->addItem(tr("All levels"), int(spdlog::level::trace));
    m_level->addItem(tr("Debug and above"), int(spdlog::level::debug));
    m_level->addItem(tr("Info and above"), int(spdlog::level::info));
    m_level->addItem(tr("Warnings and errors"), int(spdlog::level::warn));
    m_level->addItem(tr("Errors only"), int(spdlog::level::err));
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinimumLevel(m_level->currentData().toInt()); });

    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &LogFilterProxy::setText);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    auto* openFolder = new QPushButton(tr("Open log folder"));
    openFolder->setObjectName(QStringLiteral("openLogFolder"));
    connect(openFolder, &QPushButton::clicked, this,
            [] { QDesktopServices::openUrl(QUrl::fromLocalFile(AppPaths::logDir())); });

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::Time, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::Level, QHeaderView::ResizeToContents);
    // Follow new entries while the view is scrolled to the bottom.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        auto* bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_view->scrollToBottom();
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:")));
    bar->addWidget(m_level);
    bar->addWidget(m_search, 1);
    bar->addWidget(openFolder);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    m_level->setCurrentIndex(2);
    m_proxy->setMinimumLevel(int(spdlog::level::info));
    m_view->scrollToBottom();
}

} // namespace steward
