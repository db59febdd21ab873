#include "models/FingerprintModel.h"

#include <QBrush>
#include <QLocale>

namespace steward {

FingerprintModel::FingerprintModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FingerprintModel::setSummaries(QVector<FingerprintSummary> summaries)
{
    const auto sameKeys = [&] {
        if (summaries.size() != m_rows.size())
            return false;
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].fingerprint != summaries[i].fingerprint || m_rows[i].source != summaries[i].source)
                return false;
        return true;
    };
    std::sort(summaries.begin(), summaries.end(), [](const auto& a, const auto& b) {
        return std::tie(a.fingerprint, a.source) < std::tie(b.fingerprint, b.source);
    });
    if (sameKeys()) {
        m_rows = std::move(summaries);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(summaries);
    endResetModel();
}

const FingerprintSummary* FingerprintModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int FingerprintModel::rowOf(const QString& fingerprint) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].fingerprint == fingerprint)
            return i;
    return -1;
}

int FingerprintModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FingerprintModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FingerprintModel::formatMs(double ms)
{
    if (ms >= 100)
        return QLocale().toString(ms, 'f', 0);
    if (ms >= 1)
        return QLocale().toString(ms, 'f', 1);
    return QLocale().toString(ms, 'f', 3);
}

QVariant FingerprintModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FingerprintSummary& s = m_rows[index.row()];
    if (role == FingerprintRole)
        return s.fingerprint;
    if (role == SortRole) {
        switch (index.column()) {
        case Source:
            return int(s.source);
        case Statement:
            return s.fingerprint;
        case Calls:
            return s.calls;
        case Total:
            return s.totalMs;
        case Mean:
            return s.meanMs;
        case P95:
            return s.p95Ms;
        case Max:
            return s.maxMs;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Source:
            return s.source == QuerySource::Traced ? tr("Steward") : tr("Application");
        case Statement:
            return s.fingerprint.simplified();
        case Calls:
            return QLocale().toString(s.calls);
        case Total:
            return formatMs(s.totalMs);
        case Mean:
            return formatMs(s.meanMs);
        case P95:
            return formatMs(s.p95Ms);
        case Max:
            return formatMs(s.maxMs);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Source)
            return s.source == QuerySource::Traced ? tr("Traced by Steward on its own connections")
                                                   : tr("Recorded in query_performance by the application");
        if (index.column() == Statement)
            return s.example;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Calls)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FingerprintModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Source:
        return tr("Source");
    case Statement:
        return tr("Statement");
    case Calls:
        return tr("Calls");
    case Total:
        return tr("Total ms");
    case Mean:
        return tr("Mean ms");
    case P95:
        return tr("p95 ms");
    case Max:
        return tr("Max ms");
    }
    return {};
}

} // namespace steward
