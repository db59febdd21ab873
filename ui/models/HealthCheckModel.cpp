#include "models/HealthCheckModel.h"

namespace steward {

HealthCheckModel::HealthCheckModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HealthCheckModel::setReport(const HealthReport& report)
{
    bool same = report.checks.size() == m_checks.size();
    for (int i = 0; same && i < m_checks.size(); ++i)
        same = m_checks[i].id == report.checks[i].id;
    if (same) {
        m_checks = report.checks;
        if (!m_checks.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_checks.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_checks = report.checks;
    endResetModel();
}

int HealthCheckModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_checks.size(); ++i)
        if (m_checks[i].id == id)
            return i;
    return -1;
}

int HealthCheckModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int HealthCheckModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor HealthCheckModel::colorOf(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Ok:
        return QColor(0x2e, 0x9d, 0x4a);
    case CheckStatus::Warn:
        return QColor(0xe0, 0x9a, 0x10);
    case CheckStatus::Fail:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return {};
}

QColor HealthCheckModel::colorOf(OverallHealth health)
{
    return colorOf(health == OverallHealth::Healthy    ? CheckStatus::Ok
                   : health == OverallHealth::Degraded ? CheckStatus::Warn
                                                       : CheckStatus::Fail);
}

QString HealthCheckModel::textOf(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Ok:
        return tr("OK");
    case CheckStatus::Warn:
        return tr("Warning");
    case CheckStatus::Fail:
        return tr("Failed");
    }
    return {};
}

QString HealthCheckModel::textOf(OverallHealth health)
{
    switch (health) {
    case OverallHealth::Healthy:
        return tr("Healthy");
    case OverallHealth::Degraded:
        return tr("Degraded");
    case OverallHealth::Unhealthy:
        return tr("Unhealthy");
    }
    return {};
}

QVariant HealthCheckModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HealthCheck& c = m_checks[index.row()];
    if (role == IdRole)
        return c.id;
    if (role == SortRole)
        return index.column() == Status ? QVariant(int(c.status)) : data(index, Qt::DisplayRole);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Status:
            return textOf(c.status);
        case Check:
            return c.name;
        case Value:
            return c.value;
        case Message:
            return c.message;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Status)
        return colorOf(c.status);
    if (role == Qt::ToolTipRole && index.column() == Message)
        return c.message;
    return {};
}

QVariant HealthCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Check:
        return tr("Check");
    case Value:
        return tr("Value");
    case Message:
        return tr("Details");
    }
    return {};
}

int circuitLevel(CircuitState state)
{
    switch (state) {
    case CircuitState::Closed:
        return 0;
    case CircuitState::HalfOpen:
        return 1;
    case CircuitState::Open:
        return 2;
    case CircuitState::Isolated:
        return 3;
    }
    return 0;
}

QList<QPointF> circuitSteps(const QVector<CircuitTransition>& events, CircuitState initial, qint64 fromMs, qint64 toMs)
{
    QList<QPointF> points;
    int level = circuitLevel(initial);
    points.append(QPointF(double(fromMs), level));
    for (const auto& e : events) {
        if (e.timeMs < fromMs)
            continue;
        points.append(QPointF(double(e.timeMs), level)); // hold until the change: a step, not a slope
        level = circuitLevel(e.to);
        points.append(QPointF(double(e.timeMs), level));
    }
    points.append(QPointF(double(std::max(toMs, fromMs)), level));
    return points;
}

} // namespace steward
