#pragma once

#include "Result.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QToolButton;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace steward {

class DatabaseSession;
class Workspace;
struct HealthReport;
class ConnectDialog;
class InlineBanner;
class MigrationHistoryPanel;
class Panel;
class PreferencesDialog;
class Settings;

// The shell: hosts the panels as tabs, the menus, shortcuts, the inline banner and the status bar. It holds no
// database logic: opening goes through DatabaseSession, and panels do their own work through core.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a database; on failure shows the banner and keeps the current database open. When another program holds
    // its lock, returns false at once and waits for the lock in a job ("waiting for the database", Cancel); the
    // database opens when it is free. A server's database (a postgresql:// address) is reached in a job first
    // ("Connecting to …", Cancel) and opens when it answers: this returns false then.
    bool openDatabase(const QString& path);
    // File → Connect to Server…: the dialog (filled from `address` when given), then opens what it connects to.
    void connectToServer(const QString& address = {});
    // Tests fill and accept the dialog from here, before it runs.
    void setConnectHook(std::function<void(ConnectDialog&)> hook) { m_connectHook = std::move(hook); }
    bool openDemo();
    void closeDatabase();

    // The open database's workspace (its services), or nullptr; session() is its window connection.
    Workspace* workspace() const { return m_workspace.get(); }
    DatabaseSession* session() const;
    InlineBanner* banner() const { return m_banner; }
    QTabWidget* tabs() const { return m_tabs; }
    QToolButton* healthButton() const { return m_healthButton; }
    Panel* panel(const QString& objectName) const;
    void showProblem(const QString& message, const QString& hint);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void addPanel(Panel* panel);
    void chooseAndOpen();
    bool openNow(const QString& path, bool mayWait);
    // Asks before throwing away what a panel has not saved; true to go ahead.
    bool confirmDiscard();
    // Nothing on the open database would be interrupted or lost by switching now (no job, no unsaved work).
    bool readyToSwitch() const;
    void refresh();
    void updateStatus();
    void showInfo(const Result<struct DatabaseInfo>& info);
    void showVersion();
    void rebuildRecentMenu();
    QWidget* buildWelcomePage();
    void showHealth(const HealthReport& report);

    Settings& m_settings;
    std::unique_ptr<Workspace> m_workspace;
    InlineBanner* m_banner;
    QStackedWidget* m_stack;
    QTabWidget* m_tabs;
    QWidget* m_welcome;
    QList<Panel*> m_panels;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QList<QAction*> m_needsDatabase;
    QLabel* m_pathLabel;
    QLabel* m_sizeLabel;
    QLabel* m_journalLabel;
    QLabel* m_versionLabel;
    MigrationHistoryPanel* m_migrations = nullptr; // its read gives the schema's version
    qint64 m_userVersion = -1;                     // of the open database, once read
    std::function<void(ConnectDialog&)> m_connectHook;
    bool m_server = false; // the open database is on a server (its info has a server version)
    QToolButton* m_healthButton;
    class JobProgress* m_infoJob; // the status bar's figures, read off the UI thread
    class JobProgress* m_openJob; // waiting for another program's lock before opening
    QPointer<PreferencesDialog> m_preferences;
    bool m_unavailableShown = false;
};

} // namespace steward
