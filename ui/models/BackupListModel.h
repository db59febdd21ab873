#pragma once

#include "backup/BackupManager.h"

#include <QAbstractTableModel>

namespace steward {

// The backups of one database, newest first, for the backup browser.
class BackupListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Created, Reason, Size, SchemaVersion, Status, Pinned, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, StatusRole };

    explicit BackupListModel(QObject* parent = nullptr);
    void setBackups(QVector<BackupInfo> backups);
    const BackupInfo* backup(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(BackupStatus status);

private:
    QVector<BackupInfo> m_backups;
};

} // namespace steward
