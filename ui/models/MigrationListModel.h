#pragma once

#include "migrations/Migrator.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace steward {

// Every migration with its status, for the migration history panel.
class MigrationListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Version, Name, Status, AppliedAt, RolledBackAt, Duration, Checksum, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, VersionRole, StatusRole };

    explicit MigrationListModel(QObject* parent = nullptr);
    void setMigrations(QVector<MigrationState> migrations);
    const MigrationState* migration(int row) const;
    int rowOf(qint64 version) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(MigrationStatus status);

private:
    QVector<MigrationState> m_migrations;
};

// Text filter over version, name and file; optional status filter (-1 = all).
class MigrationFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit MigrationFilterProxy(QObject* parent = nullptr);
    void setStatus(int status);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    int m_status = -1;
    QString m_text;
};

} // namespace steward
