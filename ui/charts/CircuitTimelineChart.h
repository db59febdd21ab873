#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

class QChartView;
class QLineSeries;
class QDateTimeAxis;
class QCategoryAxis;

namespace steward {

// The circuit's state since the database was opened, as a step line over time (Qt Charts; see QueryCharts).
class CircuitTimelineChart final : public QObject {
    Q_OBJECT
public:
    explicit CircuitTimelineChart(QWidget* parent);
    QChartView* view() const { return m_view; }
    QLineSeries* series() const { return m_series; }
    void setSteps(const QList<QPointF>& steps, qint64 fromMs, qint64 toMs);

private:
    QChartView* m_view;
    QLineSeries* m_series;
    QDateTimeAxis* m_time;
    QCategoryAxis* m_states;
};

} // namespace steward
