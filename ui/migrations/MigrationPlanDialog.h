#pragma once

#include "migrations/Migrator.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace steward {

// The decision before a rollback (or an apply): each migration that will run with its SQL, the dry run's result on
// a scratch copy, the schema changes and the data that would be lost in plain words, and the backup taken first.
// When data would be lost, the target version must be typed before the button enables. Cancel is the default.
class MigrationPlanDialog final : public QDialog {
    Q_OBJECT
public:
    MigrationPlanDialog(const MigrationPlan& plan, const MigrationPreview& preview, const QString& backupsFolder,
                        QWidget* parent = nullptr);
    const MigrationPlan& plan() const { return m_plan; }

private:
    void updateButton();

    MigrationPlan m_plan;
    bool m_needsTyping = false;
    bool m_canRun = true;
    QLineEdit* m_confirm = nullptr;
    QPushButton* m_run = nullptr;
};

} // namespace steward
