#pragma once

#include "Panel.h"
#include "Result.h"

#include <QVariant>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace steward {

class BackupListModel;
class Job;
class RestoreDialog;
class Settings;
struct BackupInfo;

// The backup browser: the backups of the open database with their status; create, verify, restore (after a
// confirmation that shows what will change), pin, delete, compare. Long work runs as a Job with progress and Cancel.
class BackupBrowserPanel : public Panel {
    Q_OBJECT
public:
    explicit BackupBrowserPanel(Settings& settings, QWidget* parent = nullptr);
    ~BackupBrowserPanel() override;
    QString title() const override { return tr("Backups"); }
    int shortcutNumber() const override { return 3; }
    void setSession(DatabaseSession* session) override;
    void onDatabaseChanged() override;

    void reload();
    bool isBusy() const;
    BackupListModel* model() const { return m_model; }
    QString folder() const { return m_folder; }
    void selectBackup(const QString& id);

signals:
    // The live database was replaced (restore): the window refreshes every panel.
    void databaseReplaced(const QString& message);

private:
    void followFolder();
    void createBackup();
    void verifySelected();
    void verifyAll();
    void restoreSelected();
    void togglePin();
    void deleteSelected();
    void compareSelected();
    void chooseFolder();
    void importFile();
    void showDetails();
    // After a job that made a backup (create, import): reload, select it, say so; or show the problem.
    void showNewBackup(const Result<QVariant>& result, const QString& message);
    void updateActions();
    const BackupInfo* selected() const;
    // Runs work as a Job; onDone runs on the UI thread with the result.
    void run(const QString& title, std::function<Result<QVariant>(class JobContext&)> work,
             std::function<void(const Result<QVariant>&)> onDone);

    Settings& m_settings;
    DatabaseSession* m_session = nullptr;
    QString m_databasePath;
    QString m_folder;
    BackupListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QTextBrowser* m_details;
    class JobProgress* m_jobs;
    QTimer* m_schedule;
    QAction* m_create;
    QAction* m_restore;
    QAction* m_verify;
    QAction* m_verifyAll;
    QAction* m_pin;
    QAction* m_delete;
    QAction* m_compare;
    QAction* m_openFolder;
    QAction* m_chooseFolder;
    QAction* m_import;
    QString m_compareHtml;
};

} // namespace steward
