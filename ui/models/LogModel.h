#pragma once

#include "Logging.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace steward {

// The in-app log view's rows, fed from the log ring as entries arrive (on any thread).
class LogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Level, Message, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, SortRole };

    explicit LogModel(LogRing& ring, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Pulls new entries from the ring (called on entryAdded; public for tests).
    void refresh();

private:
    LogRing& m_ring;
    QVector<LogEntry> m_entries;
    quint64 m_last = 0;
};

// Filters by minimum level and by text in the message (case-insensitive).
class LogFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LogFilterProxy(QObject* parent = nullptr);
    void setMinimumLevel(int level);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_minimumLevel = 0;
    QString m_text;
};

} // namespace steward
