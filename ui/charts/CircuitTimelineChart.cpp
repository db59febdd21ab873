#include "charts/CircuitTimelineChart.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPalette>

namespace steward {

CircuitTimelineChart::CircuitTimelineChart(QWidget* parent)
    : QObject(parent)
{
    const QPalette pal = QApplication::palette();
    auto* chart = new QChart;
    chart->setTitle(tr("Circuit since the database was opened"));
    chart->setTitleBrush(pal.brush(QPalette::Text));
    chart->setBackgroundBrush(pal.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(false);
    m_series = new QLineSeries;
    m_series->setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2.5));
    chart->addSeries(m_series);
    m_time = new QDateTimeAxis;
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(5);
    m_states = new QCategoryAxis;
    m_states->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_states->append(tr("CLOSED"), 0);
    m_states->append(tr("HALF_OPEN"), 1);
    m_states->append(tr("OPEN"), 2);
    m_states->append(tr("ISOLATED"), 3);
    m_states->setRange(-0.3, 3.3);
    for (QAbstractAxis* a : {static_cast<QAbstractAxis*>(m_time), static_cast<QAbstractAxis*>(m_states)}) {
        a->setLabelsBrush(pal.brush(QPalette::Text));
        a->setGridLineColor(pal.color(QPalette::Midlight));
    }
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_states, Qt::AlignLeft);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_states);
    m_view = new QChartView(chart, parent);
    m_view->setObjectName(QStringLiteral("circuitTimeline"));
    m_view->setMinimumHeight(180);
    m_view->setRenderHint(QPainter::Antialiasing);
}

void CircuitTimelineChart::setSteps(const QList<QPointF>& steps, qint64 fromMs, qint64 toMs)
{
    m_series->replace(steps);
    const qint64 to = std::max(toMs, fromMs + 10'000);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(to));
    m_time->setFormat(to - fromMs > 24LL * 3600 * 1000 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm:ss"));
}

} // namespace steward
