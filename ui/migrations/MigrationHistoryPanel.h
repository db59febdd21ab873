#pragma once

#include "Panel.h"
#include "Result.h"
#include "migrations/Migrator.h"

#include <QVariant>

#include <functional>

class QAction;
class QLabel;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTreeWidget;

namespace steward {

class JobContext;
class JobProgress;
class MigrationFilterProxy;
class MigrationListModel;
class Settings;
struct MigrationState;
struct MigrationsView;

// The migration history: every migration with its status, its SQL and its events; apply pending migrations and
// roll back to a version, each after a confirmation built from a dry run on a scratch copy.
class MigrationHistoryPanel final : public Panel {
    Q_OBJECT
public:
    explicit MigrationHistoryPanel(Settings& settings, QWidget* parent = nullptr);
    QString title() const override { return tr("Migrations"); }
    int shortcutNumber() const override { return 2; }
    void setWorkspace(Workspace* workspace) override;
    void onDatabaseChanged() override;

    void reload();
    bool isBusy() const override;
    MigrationListModel* model() const { return m_model; }
    QString folder() const; // as the workspace has it now
    void selectVersion(qint64 version);

    // The newest applied migration as its tool writes it, from the last read shown (the registry's view); empty
    // when none is applied or nothing was read.
    QString newestApplied() const;

signals:
    // This panel applied or rolled back migrations: what to tell the user (every panel follows the workspace).
    void changedDatabase(const QString& message);
    // A read of the migrations was shown.
    void loaded();

private:
    void applyPending();
    void rollbackToSelected();
    void validate();
    void repair();
    void baseline();
    void chooseFolder();
    void showDetails();
    void updateActions();
    const MigrationState* selected() const;
    void prepareAndConfirm(bool rollback, qint64 target);
    void showView(const Result<MigrationsView>& view);

    Settings& m_settings;
    Workspace* m_workspace = nullptr;
    QString m_folder;
    QString m_loadError;
    MigrationLayout m_layout; // the format and history table the folder and database were recognised as
    MigrationListModel* m_model;
    MigrationFilterProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QComboBox* m_statusFilter;
    QPlainTextEdit* m_up;
    QPlainTextEdit* m_down;
    QPlainTextEdit* m_details;
    QTreeWidget* m_events;
    JobProgress* m_jobs;
    QAction* m_apply;
    QAction* m_rollback;
    QAction* m_validate;
    QAction* m_repair;
    QAction* m_baseline;
    QAction* m_openFolder;
    QWidget* m_notice;
    QLabel* m_noticeText;
    QAction* m_chooseFolder;
};

} // namespace steward
