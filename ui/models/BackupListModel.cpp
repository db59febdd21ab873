#include "models/BackupListModel.h"

#include <QColor>
#include <QLocale>

namespace steward {

BackupListModel::BackupListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BackupListModel::setBackups(QVector<BackupInfo> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

const BackupInfo* BackupListModel::backup(int row) const
{
    return row >= 0 && row < m_backups.size() ? &m_backups[row] : nullptr;
}

int BackupListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_backups.size(); ++i)
        if (m_backups[i].id == id)
            return i;
    return -1;
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}
int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupListModel::statusText(BackupStatus status)
{
    switch (status) {
    case BackupStatus::Valid:
        return tr("Valid");
    case BackupStatus::Unverified:
        return tr("Unverified");
    case BackupStatus::Corrupt:
        return tr("Corrupt");
    case BackupStatus::Incomplete:
        return tr("Incomplete");
    }
    return {};
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BackupInfo& b = m_backups[index.row()];
    if (role == IdRole)
        return b.id;
    if (role == StatusRole)
        return int(b.status);
    if (role == SortRole) {
        switch (index.column()) {
        case Created:
            return b.created();
        case Size:
            return b.fileSize;
        case SchemaVersion:
            return b.metadata.userVersion;
        case Status:
            return int(b.status);
        case Pinned:
            return b.metadata.pinned;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2").arg(b.id, b.statusReason);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (b.status) {
        case BackupStatus::Valid:
            return QColor(0x2e, 0x8b, 0x57);
        case BackupStatus::Corrupt:
        case BackupStatus::Incomplete:
            return QColor(0xd0, 0x30, 0x30);
        case BackupStatus::Unverified:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == SchemaVersion))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Created:
        return locale.toString(b.created().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Reason:
        return b.hasMetadata ? b.metadata.reason : b.statusReason;
    case Size:
        return locale.formattedDataSize(b.fileSize);
    case SchemaVersion:
        if (!b.hasMetadata)
            return QString();
        return b.metadata.migrationVersion >= 0
                   ? tr("%1 (migration %2)").arg(b.metadata.userVersion).arg(b.metadata.migrationVersion)
                   : QString::number(b.metadata.userVersion);
    case Status:
        return statusText(b.status);
    case Pinned:
        return b.metadata.pinned ? tr("pinned") : QString();
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Created");
    case Reason:
        return tr("Reason");
    case Size:
        return tr("Size");
    case SchemaVersion:
        return tr("Schema version");
    case Status:
        return tr("Status");
    case Pinned:
        return tr("Pinned");
    }
    return {};
}

} // namespace steward
