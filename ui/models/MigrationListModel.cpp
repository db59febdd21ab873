#include "models/MigrationListModel.h"

#include <QColor>
#include <QLocale>

namespace steward {

MigrationListModel::MigrationListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MigrationListModel::setMigrations(QVector<MigrationState> migrations)
{
    beginResetModel();
    m_migrations = std::move(migrations);
    endResetModel();
}

const MigrationState* MigrationListModel::migration(int row) const
{
    return row >= 0 && row < m_migrations.size() ? &m_migrations[row] : nullptr;
}

int MigrationListModel::rowOf(qint64 version) const
{
    for (int i = 0; i < m_migrations.size(); ++i)
        if (m_migrations[i].version == version)
            return i;
    return -1;
}

int MigrationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_migrations.size());
}
int MigrationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MigrationListModel::statusText(MigrationStatus status)
{
    switch (status) {
    case MigrationStatus::Applied:
        return tr("Applied");
    case MigrationStatus::Pending:
        return tr("Pending");
    case MigrationStatus::RolledBack:
        return tr("Rolled back");
    case MigrationStatus::Modified:
        return tr("Modified");
    case MigrationStatus::Missing:
        return tr("Missing");
    case MigrationStatus::Failed:
        return tr("Failed");
    case MigrationStatus::OutOfOrder:
        return tr("Out of order");
    }
    return {};
}

QVariant MigrationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MigrationState& m = m_migrations[index.row()];
    const QLocale locale;
    if (role == VersionRole)
        return m.version;
    if (role == StatusRole)
        return int(m.status);
    if (role == SortRole) {
        switch (index.column()) {
        case Version:
            return m.version;
        case Status:
            return int(m.status);
        case AppliedAt:
            return m.appliedAt;
        case RolledBackAt:
            return m.rolledBackAt;
        case Duration:
            return m.executionMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (m.status) {
        case MigrationStatus::Applied:
            return QColor(0x2e, 0x8b, 0x57);
        case MigrationStatus::Modified:
        case MigrationStatus::Missing:
        case MigrationStatus::Failed:
            return QColor(0xd0, 0x30, 0x30);
        case MigrationStatus::OutOfOrder:
            return QColor(0xc0, 0x80, 0x00);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Version || index.column() == Duration))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return m.fileName.isEmpty() ? tr("The file of this migration is gone") : m.fileName;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Version:
        return QString::number(m.version);
    case Name:
        return m.name;
    case Status:
        return (m.status == MigrationStatus::Applied      ? QStringLiteral("✔ ")
                : m.status == MigrationStatus::Pending    ? QStringLiteral("○ ")
                : m.status == MigrationStatus::RolledBack ? QStringLiteral("↶ ")
                                                          : QStringLiteral("⚠ ")) +
               statusText(m.status);
    case AppliedAt:
        return m.appliedAt.isValid() ? locale.toString(m.appliedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                     : QString();
    case RolledBackAt:
        return m.rolledBackAt.isValid()
                   ? locale.toString(m.rolledBackAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                   : QString();
    case Duration:
        return m.executionMs >= 0 ? tr("%1 ms").arg(m.executionMs) : QString();
    case Checksum:
        return (m.appliedChecksum.isEmpty() ? m.fileChecksum : m.appliedChecksum).left(12);
    }
    return {};
}

QVariant MigrationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Version:
        return tr("Version");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case AppliedAt:
        return tr("Applied at");
    case RolledBackAt:
        return tr("Rolled back at");
    case Duration:
        return tr("Duration");
    case Checksum:
        return tr("Checksum");
    }
    return {};
}

MigrationFilterProxy::MigrationFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MigrationListModel::SortRole);
}

void MigrationFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void MigrationFilterProxy::setText(const QString& text)
{
    m_text = text;
    invalidateFilter();
}

bool MigrationFilterProxy::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (m_status >= 0 && index.data(MigrationListModel::StatusRole).toInt() != m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : {MigrationListModel::Version, MigrationListModel::Name})
        if (sourceModel()->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace steward
