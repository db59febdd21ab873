#pragma once

#include "backup/BackupManager.h"
#include "db/Schema.h"

#include <QDialog>

namespace steward {

// The decision before a restore: the backup beside the live database, what will change, which rows will be lost,
// and the safety backup taken first. Cancel is the default button; Restore must be chosen.
class RestoreDialog final : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const BackupInfo& backup, const DatabaseInfo& live, const BackupComparison& comparison,
                  const QString& backupsFolder, QWidget* parent = nullptr);
    const BackupInfo& backup() const { return m_backup; }

private:
    BackupInfo m_backup;
};

} // namespace steward
