#pragma once

#include "health/HealthCheck.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPointF>

namespace steward {

// The checks of the latest health report.
class HealthCheckModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status, Check, Value, Message, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit HealthCheckModel(QObject* parent = nullptr);
    void setReport(const HealthReport& report);
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor colorOf(CheckStatus status);
    static QColor colorOf(OverallHealth health);
    static QString textOf(CheckStatus status);
    static QString textOf(OverallHealth health);

private:
    QVector<HealthCheck> m_checks;
};

// The circuit's state over time as a step line (0 CLOSED, 1 HALF_OPEN, 2 OPEN, 3 ISOLATED) from `fromMs` to `toMs`.
QList<QPointF> circuitSteps(const QVector<CircuitTransition>& events, CircuitState initial, qint64 fromMs, qint64 toMs);
int circuitLevel(CircuitState state);

} // namespace steward
