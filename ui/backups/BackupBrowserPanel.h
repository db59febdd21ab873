#pragma once

#include "Panel.h"
#include "Result.h"
#include "common/JobProgress.h"

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
struct BackupsView;

// The backup browser: the backups of the open database with their status; create, verify, restore (after a
// confirmation that shows what will change), pin, delete, compare. Long work runs as a Job with progress and Cancel.
class BackupBrowserPanel final : public Panel {
    Q_OBJECT
public:
    explicit BackupBrowserPanel(Settings& settings, QWidget* parent = nullptr);
    ~BackupBrowserPanel() override;
    QString title() const override { return tr("Backups"); }
    int shortcutNumber() const override { return 3; }
    void setWorkspace(Workspace* workspace) override;
    void onDatabaseChanged() override;

    void reload();
    bool isBusy() const override;
    BackupListModel* model() const { return m_model; }
    // The database's backups folder as the workspace has it now (set here, in Preferences or in settings.ini).
    QString folder() const;
    void selectBackup(const QString& id);

signals:
    // This panel restored the live database: what to tell the user (every panel follows the workspace).
    void databaseReplaced(const QString& message);
    // A read of the backups was shown.
    void loaded();

private:
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
    void showNewBackup(const Result<BackupInfo>& result, const QString& message);
    void showView(const Result<BackupsView>& view);
    void updateActions();
    const BackupInfo* selected() const;
    // Runs work as a job; onDone runs on the UI thread with the result, the actions updated around it.
    template <typename T> void run(const QString& title, WorkOf<T> work, std::function<void(const Result<T>&)> onDone)
    {
        m_jobs->run<T>(title, std::move(work), [this, onDone = std::move(onDone)](const Result<T>& result) {
            updateActions();
            onDone(result);
            updateActions();
        });
        updateActions();
    }

    Settings& m_settings;
    Workspace* m_workspace = nullptr;
    QString m_folder;
    QString m_selectAfterLoad; // a backup this panel just made, selected once the list shows it
    BackupListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QTextBrowser* m_details;
    JobProgress* m_jobs;
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
