#pragma once

#include "models/QueryChartFeed.h"

#include <QWidget>

class QChartView;
class QScatterSeries;
class QLineSeries;
class QBarSet;
class QHorizontalBarSeries;
class QBarCategoryAxis;
class QDateTimeAxis;
class QLogValueAxis;
class QValueAxis;

namespace steward {

// The three slow-query charts, and all of Steward's Qt Charts code in one place (Qt Charts gives way to Qt Graphs
// in later Qt versions: a port touches this file). Series are created once and refreshed with replace(); the
// timeline draws at most one marker per screen cell, so 100,000 statements cost no more than a few thousand
// markers.
class QueryCharts final : public QObject {
    Q_OBJECT
public:
    explicit QueryCharts(QWidget* parent);
    QChartView* timelineView() const { return m_timelineView; }
    QChartView* histogramView() const { return m_histogramView; }
    QChartView* topView() const { return m_topView; }

    void setTimeline(const TimelineData& data, double thresholdMs, qint64 fromMs, qint64 toMs);
    void setHistogram(const HistogramData& data);
    void setTop(const TopData& data, TopBy by);

    // What is drawn, for tests and the status line.
    int timelinePoints() const;
    QScatterSeries* slowSeries() const { return m_slow; }
    QScatterSeries* fastSeries() const { return m_fast; }
    QScatterSeries* applicationSeries() const { return m_application; }
    QBarSet* histogramSet() const { return m_histogramSet; }
    QBarSet* topSet() const { return m_topSet; }
    // Where the timeline's threshold line is drawn (ms); -1 before the first timeline.
    double thresholdLineMs() const;

signals:
    // A marker of the timeline was clicked: the time and duration it stands for.
    void pointClicked(qint64 timeMs, double durationMs);
    void topBarClicked(const QString& fingerprint);

private:
    QChartView* m_timelineView;
    QChartView* m_histogramView;
    QChartView* m_topView;
    QScatterSeries* m_fast;
    QScatterSeries* m_slow;
    QScatterSeries* m_application;
    QLineSeries* m_threshold;
    QDateTimeAxis* m_timeAxis;
    QLogValueAxis* m_durationAxis;
    QBarSet* m_histogramSet;
    QBarCategoryAxis* m_histogramCategories;
    QValueAxis* m_histogramCounts;
    QBarSet* m_topSet;
    QBarCategoryAxis* m_topCategories;
    QValueAxis* m_topValues;
    QStringList m_topFingerprints;
};

} // namespace steward
