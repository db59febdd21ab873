#include "models/LogModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace steward {

LogModel::LogModel(LogRing& ring, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ring(ring)
{
    connect(&m_ring, &LogRing::entryAdded, this, &LogModel::refresh, Qt::QueuedConnection);
    refresh();
}

void LogModel::refresh()
{
    const auto fresh = m_ring.entriesAfter(m_last);
    if (fresh.isEmpty())
        return;
    const int overflow = int(m_entries.size() + fresh.size()) - m_ring.capacity();
    if (overflow > 0) {
        const int drop = std::min(overflow, int(m_entries.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_entries.remove(0, drop);
            endRemoveRows();
        }
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + fresh.size() - 1));
    m_entries += fresh;
    endInsertRows();
    m_last = fresh.last().sequence;
}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}
int LogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LogEntry& e = m_entries[index.row()];
    if (role == LevelRole)
        return e.level;
    if (role == SortRole)
        return index.column() == Time ? QVariant(e.sequence) : data(index, Qt::DisplayRole);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Level:
            return logging::levelName(e.level);
        case Message:
            return e.message;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Level) {
        if (e.level >= int(spdlog::level::err))
            return QColor(0xd0, 0x30, 0x30);
        if (e.level == int(spdlog::level::warn))
            return QColor(0xc0, 0x80, 0x00);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Message:
        return tr("Message");
    }
    return {};
}

LogFilterProxy::LogFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LogModel::SortRole);
}

void LogFilterProxy::setMinimumLevel(int level)
{
    m_minimumLevel = level;
    invalidateFilter();
}

void LogFilterProxy::setText(const QString& text)
{
    m_text = text;
    invalidateFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex level = sourceModel()->index(sourceRow, LogModel::Level, sourceParent);
    if (sourceModel()->data(level, LogModel::LevelRole).toInt() < m_minimumLevel)
        return false;
    if (m_text.isEmpty())
        return true;
    const QModelIndex message = sourceModel()->index(sourceRow, LogModel::Message, sourceParent);
    return sourceModel()->data(message).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace steward
