#include "MainWindow.h"

#include "AppPaths.h"
#include "Logging.h"
#include "Settings.h"
#include "Version.h"
#include "backups/BackupBrowserPanel.h"
#include "common/ConnectDialog.h"
#include "common/FileDialog.h"
#include "common/InlineBanner.h"
#include "common/JobProgress.h"
#include "common/Prompt.h"
#include "db/DatabaseEngine.h"
#include "db/DatabaseSession.h"
#include "db/PgAddress.h"
#include "db/PgErrors.h"
#include "demo/DemoWorkspace.h"
#include "health/CircuitBreaker.h"
#include "health/HealthMonitor.h"
#include "health/HealthPanel.h"
#include "log/LogPanel.h"
#include "migrations/MigrationHistoryPanel.h"
#include "models/HealthCheckModel.h"
#include "monitor/QueryMonitor.h"
#include "preferences/PreferencesDialog.h"
#include "queries/QueriesPanel.h"
#include "schema/SchemaPanel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace steward {

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_banner(new InlineBanner)
    , m_stack(new QStackedWidget)
    , m_tabs(new QTabWidget)
    , m_welcome(nullptr)
    , m_pathLabel(new QLabel)
    , m_sizeLabel(new QLabel)
    , m_journalLabel(new QLabel)
    , m_versionLabel(new QLabel)
    , m_healthButton(new QToolButton)
    , m_infoJob(new JobProgress(QStringLiteral("statusInfo")))
    , m_openJob(new JobProgress(QStringLiteral("open")))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Steward"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/steward.svg")));
    setAcceptDrops(true);
    // Room for the charts, never larger than nine tenths of the screen.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 860);
    resize(QSize(1280, 860).boundedTo(available * 0.9));

    m_tabs->setObjectName(QStringLiteral("panelTabs"));
    m_tabs->setDocumentMode(true);
    // Panels in their fixed order; the mission panels (migrations, backups, queries, health) join here.
    addPanel(new SchemaPanel);
    auto* migrations = new MigrationHistoryPanel(m_settings);
    addPanel(migrations);
    m_migrations = migrations;
    // The schema's version in the status bar comes from the Migrations panel's read (the registry), not a second one.
    connect(migrations, &MigrationHistoryPanel::loaded, this, &MainWindow::showVersion);
    connect(migrations, &MigrationHistoryPanel::changedDatabase, this, [this](const QString& message) {
        statusBar()->showMessage(message, 15000);
        m_banner->showMessage(InlineBanner::Kind::Info, message);
    });
    auto* backups = new BackupBrowserPanel(m_settings);
    addPanel(backups);
    auto* queries = new QueriesPanel(m_settings);
    addPanel(queries);
    auto* health = new HealthPanel(m_settings);
    addPanel(health);
    addPanel(new LogPanel);
    connect(queries, &QueriesPanel::databaseChanged, this, [this](const QString& message) {
        if (m_workspace)
            m_workspace->announceCommitted(true); // every panel follows the workspace
        statusBar()->showMessage(message, 8000);
    });
    connect(backups, &BackupBrowserPanel::databaseReplaced, this, [this](const QString& message) {
        statusBar()->showMessage(message, 15000);
        m_banner->showMessage(InlineBanner::Kind::Info, message);
    });

    // A bad value in the environment is never silent: the log has it, and the window says it once.
    if (const QStringList problems = m_settings.environmentProblems(); !problems.isEmpty())
        QTimer::singleShot(0, this, [this, problems] {
            m_banner->showMessage(InlineBanner::Kind::Warning, problems.join(QLatin1Char('\n')),
                                  tr("Fix the variable in the environment that starts Steward, or unset it."));
        });

    m_welcome = buildWelcomePage();
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_openJob);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    for (auto* label : {m_pathLabel, m_sizeLabel, m_journalLabel, m_versionLabel})
        label->setContentsMargins(6, 0, 6, 0);
    m_pathLabel->setObjectName(QStringLiteral("statusPath"));
    m_sizeLabel->setObjectName(QStringLiteral("statusSize"));
    m_journalLabel->setObjectName(QStringLiteral("statusJournal"));
    m_versionLabel->setObjectName(QStringLiteral("statusVersion"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_sizeLabel);
    statusBar()->addPermanentWidget(m_journalLabel);
    statusBar()->addPermanentWidget(m_versionLabel);
    // The database's health on every panel; a click opens the Health panel.
    m_healthButton->setObjectName(QStringLiteral("statusHealth"));
    m_healthButton->setAutoRaise(true);
    m_healthButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_healthButton->setToolTip(tr("The database's health; click for the details (Ctrl+5)"));
    connect(m_healthButton, &QToolButton::clicked, this, [this, health] { m_tabs->setCurrentWidget(health); });
    statusBar()->addPermanentWidget(m_healthButton);
    m_infoJob->setMaximumWidth(360);
    statusBar()->addPermanentWidget(m_infoJob);

    buildMenus();
    updateStatus();
    connect(&m_settings, &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::LogLevel)
            logging::setLevel(m_settings.stringValue(SettingKey::LogLevel));
    });
}

MainWindow::~MainWindow()
{
    // Panels may hold models over the session's connection and jobs over the workspace: detach them first.
    m_infoJob->stop();
    for (auto* p : m_panels)
        p->setWorkspace(nullptr);
}

void MainWindow::addPanel(Panel* panel)
{
    // Tabs are ordered by their fixed shortcut number.
    int at = 0;
    while (at < m_panels.size() && m_panels[at]->shortcutNumber() < panel->shortcutNumber())
        ++at;
    m_panels.insert(at, panel);
    m_tabs->insertTab(at, panel, panel->title());
    connect(panel, &Panel::problem, this, &MainWindow::showProblem);
    connect(panel, &Panel::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
}

Panel* MainWindow::panel(const QString& objectName) const
{
    for (auto* p : m_panels)
        if (p->objectName() == objectName)
            return p;
    return nullptr;
}

QWidget* MainWindow::buildWelcomePage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto* title = new QLabel(tr("<h2>No database open</h2>"));
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("Open an SQLite database with Ctrl+O, drop a database file here, or try the demo."));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto* open = new QPushButton(tr("Open Database…"));
    auto* demo = new QPushButton(tr("Open Demo Database"));
    open->setObjectName(QStringLiteral("welcomeOpen"));
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseAndOpen);
    connect(demo, &QPushButton::clicked, this, &MainWindow::openDemo);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(demo);
    buttons->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    QAction* connectAction = file->addAction(tr("&Connect to Server…"), this, [this] { connectToServer(); });
    connectAction->setObjectName(QStringLiteral("actionConnect"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    open->setObjectName(QStringLiteral("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    QAction* demo = file->addAction(tr("Open &Demo Database"), this, &MainWindow::openDemo);
    demo->setObjectName(QStringLiteral("actionDemo"));
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close Database"), this, &MainWindow::closeDatabase);
    close->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    close->setObjectName(QStringLiteral("actionClose"));
    m_needsDatabase << close;
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        delete m_preferences;
        // It edits the open database's values: the window deletes it before that database closes.
        m_preferences = new PreferencesDialog(m_settings, m_workspace.get(), this);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
        m_preferences->open();
    });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (Panel* panel : m_panels) {
        QAction* a = m_viewMenu->addAction(panel->title(), this, [this, panel] { m_tabs->setCurrentWidget(panel); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + panel->shortcutNumber())));
        a->setObjectName(QStringLiteral("actionPanel%1").arg(panel->shortcutNumber()));
        m_needsDatabase << a;
    }
    m_viewMenu->addSeparator();
    QAction* refresh = m_viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_needsDatabase << refresh;

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Steward"), this, [this] {
        QMessageBox::about(this, tr("About Steward"),
                           tr("<h3>Steward %1</h3><p>See and safely change the state of an application's "
                              "database.</p><p>Data folder: %2</p>")
                               .arg(QStringLiteral(STEWARD_VERSION), QDir::toNativeSeparators(AppPaths::dataDir())));
    });
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.stringListValue(SettingKey::RecentFiles);
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)),
                                             this, [this, path] { openDatabase(path); });
        a->setEnabled(DatabaseEngine::forLocation(path).isServer() || QFileInfo::exists(path));
        if (!a->isEnabled())
            a->setToolTip(tr("This file no longer exists"));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear list"), this,
                                [this] { m_settings.setValue(SettingKey::RecentFiles, QStringList()); });
    }
}

void MainWindow::chooseAndOpen()
{
    const QString folder = m_settings.stringValue(SettingKey::LastOpenFolder);
    const QString path =
        FileDialog::getOpenFileName(this, tr("Open Database"), folder.isEmpty() ? QDir::homePath() : folder,
                                    tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(SettingKey::LastOpenFolder, QFileInfo(path).absolutePath());
    openDatabase(path);
}

void MainWindow::connectToServer(const QString& address)
{
    ConnectDialog dialog(this);
    if (auto a = PgAddress::parse(address); a)
        dialog.setAddress(a.value());
    int result = QDialog::Rejected;
    if (m_connectHook) { // a test fills the dialog and accepts it (or not) instead of a person
        m_connectHook(dialog);
        result = dialog.result();
    } else {
        result = dialog.exec();
    }
    if (result != QDialog::Accepted)
        return;
    openDatabase(dialog.location());
}

bool MainWindow::readyToSwitch() const
{
    for (auto* p : m_panels)
        if (p->isBusy() || !p->unsavedWork().isEmpty())
            return false;
    return !m_preferences;
}

bool MainWindow::confirmDiscard()
{
    QStringList work;
    for (auto* p : m_panels)
        if (const QString w = p->unsavedWork(); !w.isEmpty())
            work << w;
    if (work.isEmpty())
        return true;
    return Prompt::confirm(this, tr("Discard Changes"), work.join(QLatin1Char('\n')), tr("Discard"));
}

bool MainWindow::openDatabase(const QString& path)
{
    if (!confirmDiscard())
        return false;
    return openNow(path, true);
}

bool MainWindow::openNow(const QString& path, bool mayWait)
{
    m_openJob->stop();
    if (mayWait && DatabaseEngine::forLocation(path).isServer()) {
        // A server may take up to its connect timeout to answer: reach it in a job first, never on the UI thread.
        m_openJob->run<void>(
            tr("Connecting to %1…").arg(locationDisplayName(path)), Workspace::waitUntilReadable(path, m_settings),
            [this, path](const Result<void>& reached) {
                if (reached && readyToSwitch())
                    openNow(path, false);
                else if (reached)
                    m_banner->showMessage(InlineBanner::Kind::Info,
                                          tr("%1 can be opened now.").arg(locationDisplayName(path)),
                                          tr("The database that is open is busy or has unsaved work."));
                else if (reached.error().code != ErrorCode::Cancelled) {
                    showProblem(tr("%1 was not opened. %2").arg(locationDisplayName(path), reached.error().message),
                                m_workspace ? tr("%1 The database that was open stays open.").arg(reached.error().hint)
                                            : reached.error().hint);
                    if (pgNeedsPassword(reached.error()) || reached.error().sqlState == QLatin1String("28P01"))
                        m_banner->setAction(tr("Enter the password…"), [this, path] { connectToServer(path); });
                }
            },
            JobKind::Read);
        return false;
    }
    // Opening reads the schema, which waits for a lock another program holds: never for long on the UI thread.
    constexpr int kOpenOnUiThreadMs = 0; // a lock held now: wait for it in the job
    auto opened = Workspace::open(path, m_settings, mayWait ? kOpenOnUiThreadMs : -1);
    if (!opened && opened.error().code == ErrorCode::Busy && mayWait) {
        m_openJob->run<void>(
            tr("Opening %1…").arg(locationDisplayName(path)), Workspace::waitUntilReadable(path, m_settings),
            [this, path](const Result<void>& free) {
                if (free && !readyToSwitch()) {
                    // Something happened meanwhile on the database that is open: ask, never switch under it.
                    m_banner->showMessage(InlineBanner::Kind::Info,
                                          tr("%1 can be opened now.").arg(locationDisplayName(path)),
                                          tr("The database that is open is busy or has unsaved work."));
                    m_banner->setAction(tr("Open it"), [this, path] { openDatabase(path); });
                    return;
                }
                if (free) {
                    // Free now (taken again at once: the next wait starts).
                    openNow(path, true);
                } else if (free.error().code != ErrorCode::Cancelled) {
                    showProblem(tr("%1 was not opened. %2").arg(locationDisplayName(path), free.error().message),
                                free.error().hint);
                }
            },
            JobKind::Read);
        return false;
    }
    if (!opened) {
        const Error& e = opened.error();
        showProblem(tr("%1 was not opened. %2").arg(locationDisplayName(path), e.message),
                    m_workspace ? tr("%1 The database that was open stays open.").arg(e.hint) : e.hint);
        if (e.code == ErrorCode::CannotOpen && !QFileInfo::exists(path) &&
            m_settings.stringListValue(SettingKey::RecentFiles).contains(QFileInfo(path).absoluteFilePath()))
            m_banner->setAction(tr("Remove from recent files"),
                                [this, p = QFileInfo(path).absoluteFilePath()] { m_settings.removeRecentFile(p); });
        return false;
    }
    m_infoJob->stop();
    delete m_preferences; // it edits the values of the database that was open
    for (auto* p : m_panels)
        p->setWorkspace(nullptr);
    m_workspace = std::move(opened.value());
    m_userVersion = -1; // until this database's figures are read
    Workspace* ws = m_workspace.get();
    // Changes anyone made (a panel, the console, a restore): the status bar and the panels follow, each keeping its
    // running job (the Migrations and Backups panels also follow the workspace's migration and backup signals).
    for (auto signal : {&Workspace::dataCommitted, &Workspace::schemaChanged, &Workspace::databaseReplaced})
        connect(ws, signal, this, [this] {
            for (auto* p : m_panels)
                p->onDatabaseChanged();
            updateStatus();
        });
    connect(ws, &Workspace::healthChanged, this, &MainWindow::showHealth);
    m_unavailableShown = false;
    m_healthButton->setText(tr("Checking…"));
    ws->startHealth();
    m_settings.addRecentFile(ws->path());
    m_banner->hide();
    m_stack->setCurrentWidget(m_tabs);
    for (auto* p : m_panels)
        p->setWorkspace(ws);
    if (ws->isReadOnly())
        m_banner->showMessage(InlineBanner::Kind::Info, tr("%1 is open read-only.").arg(locationDisplayName(path)),
                              tr("The file or its folder cannot be written; actions that change it are disabled."));
    setWindowFilePath(ws->path());
    setWindowTitle(tr("%1 — Steward").arg(locationDisplayName(ws->path())));
    updateStatus();
    statusBar()->showMessage(tr("Opened %1")
                                 .arg(DatabaseEngine::forLocation(ws->path()).isServer()
                                          ? locationDisplayName(ws->path())
                                          : QDir::toNativeSeparators(ws->path())),
                             5000);
    return true;
}

bool MainWindow::openDemo()
{
    auto ws = ensureDemoWorkspace(AppPaths::demoDir());
    if (!ws) {
        showProblem(tr("The demo database cannot be created. %1").arg(ws.error().message), ws.error().hint);
        return false;
    }
    return openDatabase(ws->databasePath);
}

void MainWindow::closeDatabase()
{
    if (!confirmDiscard())
        return;
    m_openJob->stop();
    m_infoJob->stop();
    delete m_preferences;
    for (auto* p : m_panels)
        p->setWorkspace(nullptr);
    m_workspace.reset();
    m_userVersion = -1;
    m_stack->setCurrentWidget(m_welcome);
    setWindowFilePath(QString());
    setWindowTitle(QStringLiteral("Steward"));
    updateStatus();
}

DatabaseSession* MainWindow::session() const
{
    return m_workspace ? m_workspace->session() : nullptr;
}

void MainWindow::refresh()
{
    if (!m_workspace)
        return;
    for (auto* p : m_panels)
        p->onDatabaseChanged(); // never setWorkspace(): that would stop the panels' running jobs
    updateStatus();
}

void MainWindow::showProblem(const QString& message, const QString& hint)
{
    logging::logger()->warn("{} {}", message, hint);
    m_banner->showMessage(InlineBanner::Kind::Error, message, hint);
}

void MainWindow::showHealth(const HealthReport& report)
{
    const QColor color = HealthCheckModel::colorOf(report.overall);
    m_healthButton->setText(QStringLiteral("● ") + HealthCheckModel::textOf(report.overall));
    m_healthButton->setStyleSheet(QStringLiteral("QToolButton { color: %1; font-weight: bold; }").arg(color.name()));
    // Unavailable: say so once, with when it is tried again; nothing is queued meanwhile.
    const bool unavailable = !report.reachable || report.circuit.state == CircuitState::Open ||
                             report.circuit.state == CircuitState::Isolated;
    if (unavailable && !m_unavailableShown) {
        const HealthCheck* reach = report.find(QStringLiteral("reachable"));
        m_banner->showMessage(InlineBanner::Kind::Warning,
                              tr("The database cannot be used right now. %1").arg(reach ? reach->message : QString()),
                              tr("Steward checks again by itself and says when it is back; actions that need the "
                                 "database are refused meanwhile, nothing is queued."));
        m_unavailableShown = true;
    } else if (!unavailable && m_unavailableShown) {
        m_banner->showMessage(InlineBanner::Kind::Info, tr("The database is back."));
        m_unavailableShown = false;
    }
}

void MainWindow::updateStatus()
{
    for (auto* a : m_needsDatabase)
        a->setEnabled(m_workspace != nullptr);
    if (!m_workspace) {
        m_healthButton->setText(QString());
        m_healthButton->setStyleSheet(QString());
        m_pathLabel->setText(tr("No database open"));
        for (auto* l : {m_sizeLabel, m_journalLabel, m_versionLabel})
            l->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_workspace->path()) +
                         (m_workspace->isReadOnly() ? tr(" (read-only)") : QString()));
    // The figures come from a read that can wait for another program's lock: never on the UI thread.
    m_infoJob->whenIdle([this] {
        if (m_workspace)
            m_infoJob->run<DatabaseInfo>(
                tr("Reading the database's details…"), m_workspace->readInfo(),
                [this](const Result<DatabaseInfo>& info) { showInfo(info); }, JobKind::Read);
    });
}

void MainWindow::showInfo(const Result<DatabaseInfo>& info)
{
    if (!info) {
        if (info.error().code != ErrorCode::Cancelled && info.error().code != ErrorCode::Unavailable)
            showProblem(tr("The database's details cannot be read: %1").arg(info.error().message), info.error().hint);
        return;
    }
    m_sizeLabel->setText(QLocale().formattedDataSize(info->fileSize));
    m_server = !info->serverVersion.isEmpty();
    if (m_server) { // a database on a server: its server and load instead of pages and journal
        m_sizeLabel->setToolTip(tr("The database's size on the server"));
        m_journalLabel->setText(tr("PostgreSQL %1 · %2 of %3 connections")
                                    .arg(info->serverVersion)
                                    .arg(info->connections)
                                    .arg(info->maxConnections));
        m_journalLabel->setToolTip(info->inRecovery ? tr("A standby server (read-only)") : tr("The primary server"));
    } else {
        m_sizeLabel->setToolTip(
            tr("%1 pages of %2 bytes, %3 free").arg(info->pageCount).arg(info->pageSize).arg(info->freelistCount));
        m_journalLabel->setText(tr("Journal: %1").arg(info->journalMode));
        m_journalLabel->setToolTip({});
    }
    m_userVersion = info->userVersion;
    showVersion();
}

void MainWindow::showVersion()
{
    if (!m_workspace || m_userVersion < 0)
        return;
    // The schema's version is the newest applied migration, as the registry says; user_version is shown as what it
    // is (a rollback's downs need not reset it).
    const QString migration = m_migrations->newestApplied();
    if (m_server) { // no user_version on a server
        m_versionLabel->setText(migration.isEmpty() ? QString() : tr("Migration: %1").arg(migration));
        m_versionLabel->setToolTip(tr("The newest applied migration (from the migrations' history table)"));
        return;
    }
    m_versionLabel->setText(migration.isEmpty()
                                ? tr("user_version: %1").arg(m_userVersion)
                                : tr("Migration: %1 · user_version: %2").arg(migration).arg(m_userVersion));
    m_versionLabel->setToolTip(tr("The newest applied migration (from the migrations' history table) and PRAGMA "
                                  "user_version"));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openDatabase(urls.first().toLocalFile());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace steward
