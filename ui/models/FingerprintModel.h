#pragma once

#include "monitor/QueryReport.h"

#include <QAbstractTableModel>

namespace steward {

// One row per statement fingerprint and source, for the slow-query panel and a profiled script.
class FingerprintModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Source, Statement, Calls, Total, Mean, P95, Max, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FingerprintRole };

    explicit FingerprintModel(QObject* parent = nullptr);
    // Keeps the rows whose fingerprint and source did not change (a live refresh does not reset the view).
    void setSummaries(QVector<FingerprintSummary> summaries);
    const QVector<FingerprintSummary>& summaries() const { return m_rows; }
    const FingerprintSummary* summary(int row) const;
    int rowOf(const QString& fingerprint) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatMs(double ms);

private:
    QVector<FingerprintSummary> m_rows;
};

} // namespace steward
