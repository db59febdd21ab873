#include "charts/QueryCharts.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPalette>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace steward {

namespace {

QChartView* makeView(QChart* chart, const QString& objectName, QWidget* parent)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    const QPalette pal = QApplication::palette();
    chart->setBackgroundBrush(pal.brush(QPalette::Base));
    chart->setTitleBrush(pal.brush(QPalette::Text));
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(QApplication::font().pointSizeF());
    chart->setTitleFont(title);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing, false);
    view->setMinimumSize(220, 180);
    return view;
}

void styleAxis(QAbstractAxis* axis)
{
    const QPalette pal = QApplication::palette();
    axis->setLabelsBrush(pal.brush(QPalette::Text));
    axis->setTitleBrush(pal.brush(QPalette::Text));
    axis->setGridLineColor(pal.color(QPalette::Midlight));
    QFont f = axis->labelsFont();
    f.setPointSizeF(QApplication::font().pointSizeF() * 0.85);
    axis->setLabelsFont(f);
}

QScatterSeries* makeScatter(const QString& name, const QColor& color, qreal size)
{
    auto* s = new QScatterSeries;
    s->setName(name);
    s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    s->setMarkerSize(size);
    s->setColor(color);
    s->setBorderColor(color);
    return s;
}

} // namespace

QueryCharts::QueryCharts(QWidget* parent)
    : QObject(parent)
{
    // Timeline: time × duration (logarithmic), with the threshold as a line.
    auto* timeline = new QChart;
    timeline->setTitle(tr("Statements over time"));
    m_fast = makeScatter(tr("Below the threshold"), QColor(0x8a, 0x9b, 0xa8), 4);
    m_slow = makeScatter(tr("Slow (Steward)"), QColor(0xd9, 0x48, 0x1c), 7);
    m_application = makeScatter(tr("Recorded by the application"), QColor(0x2a, 0x6f, 0xdb), 7);
    m_threshold = new QLineSeries;
    m_threshold->setName(tr("Threshold"));
    // Not the slow points' colour: in the legend each series has a marker of its own (points as circles, the
    // threshold as a dashed line).
    m_threshold->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5, Qt::DashLine));
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(5);
    m_durationAxis = new QLogValueAxis;
    m_durationAxis->setBase(10);
    m_durationAxis->setLabelFormat(QStringLiteral("%g"));
    m_durationAxis->setTitleText(tr("ms"));
    styleAxis(m_timeAxis);
    styleAxis(m_durationAxis);
    timeline->addAxis(m_timeAxis, Qt::AlignBottom);
    timeline->addAxis(m_durationAxis, Qt::AlignLeft);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{m_fast, m_application, m_slow, m_threshold}) {
        timeline->addSeries(s);
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_durationAxis);
    }
    timeline->legend()->setVisible(true);
    timeline->legend()->setAlignment(Qt::AlignBottom);
    timeline->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    timeline->legend()->setLabelBrush(QApplication::palette().brush(QPalette::Text));
    m_timelineView = makeView(timeline, QStringLiteral("timelineChart"), parent);
    for (QScatterSeries* s : {m_fast, m_slow, m_application})
        connect(s, &QScatterSeries::clicked, this,
                [this](const QPointF& p) { emit pointClicked(qint64(p.x()), p.y()); });

    // Histogram of durations, one bar per decade, drawn sideways so that every bucket's label fits.
    auto* histogram = new QChart;
    histogram->setTitle(tr("Durations"));
    m_histogramSet = new QBarSet(tr("Statements"));
    m_histogramSet->setColor(QColor(0x2a, 0x6f, 0xdb));
    m_histogramSet->setBorderColor(QColor(0x2a, 0x6f, 0xdb));
    auto* bars = new QHorizontalBarSeries;
    bars->append(m_histogramSet);
    bars->setBarWidth(0.85);
    histogram->addSeries(bars);
    m_histogramCategories = new QBarCategoryAxis;
    m_histogramCounts = new QValueAxis;
    m_histogramCounts->setLabelFormat(QStringLiteral("%d"));
    m_histogramCounts->setTickCount(3);
    m_histogramCounts->setTitleText(tr("statements"));
    styleAxis(m_histogramCategories);
    styleAxis(m_histogramCounts);
    histogram->addAxis(m_histogramCategories, Qt::AlignLeft);
    histogram->setMargins(QMargins(2, 2, 2, 2));
    histogram->addAxis(m_histogramCounts, Qt::AlignBottom);
    bars->attachAxis(m_histogramCategories);
    bars->attachAxis(m_histogramCounts);
    histogram->legend()->setVisible(false);
    m_histogramView = makeView(histogram, QStringLiteral("histogramChart"), parent);

    // Top statements, horizontal bars.
    auto* top = new QChart;
    top->setTitle(tr("Top statements"));
    m_topSet = new QBarSet(tr("Statements"));
    m_topSet->setColor(QColor(0xd9, 0x48, 0x1c));
    m_topSet->setBorderColor(QColor(0xd9, 0x48, 0x1c));
    auto* topBars = new QHorizontalBarSeries;
    topBars->append(m_topSet);
    topBars->setBarWidth(0.8);
    top->addSeries(topBars);
    m_topCategories = new QBarCategoryAxis;
    m_topValues = new QValueAxis;
    m_topValues->setLabelFormat(QStringLiteral("%.0f"));
    m_topValues->setTickCount(3);
    styleAxis(m_topCategories);
    styleAxis(m_topValues);
    top->addAxis(m_topCategories, Qt::AlignLeft);
    top->addAxis(m_topValues, Qt::AlignBottom);
    topBars->attachAxis(m_topCategories);
    topBars->attachAxis(m_topValues);
    top->legend()->setVisible(false);
    m_topView = makeView(top, QStringLiteral("topChart"), parent);
    connect(m_topSet, &QBarSet::clicked, this, [this](int index) {
        // Categories are drawn bottom-up; the list is kept in the same order.
        if (index >= 0 && index < m_topFingerprints.size())
            emit topBarClicked(m_topFingerprints[index]);
    });
    connect(m_topSet, &QBarSet::hovered, this, [this](bool on, int index) {
        if (on && index >= 0 && index < m_topFingerprints.size())
            QToolTip::showText(QCursor::pos(), m_topFingerprints[index], m_topView);
        else
            QToolTip::hideText();
    });
}

void QueryCharts::setTimeline(const TimelineData& data, double thresholdMs, qint64 fromMs, qint64 toMs)
{
    m_fast->replace(data.fast);
    m_slow->replace(data.slow);
    m_application->replace(data.application);
    const qint64 from = fromMs > 0 ? fromMs : (data.firstMs > 0 ? data.firstMs : toMs - 15 * 60 * 1000);
    const qint64 to = std::max(toMs, from + 1000);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    m_timeAxis->setFormat(to - from > 2LL * 24 * 3600 * 1000 ? QStringLiteral("MM-dd")
                          : to - from > 3LL * 3600 * 1000    ? QStringLiteral("HH:mm")
                                                             : QStringLiteral("HH:mm:ss"));
    const double threshold = std::max(thresholdMs, 0.001);
    double low = data.minDurationMs > 0 ? std::min(data.minDurationMs, threshold) : std::min(0.01, threshold);
    double high = std::max({data.maxDurationMs, threshold, 1.0});
    low = std::pow(10.0, std::floor(std::log10(low)));
    high = std::pow(10.0, std::ceil(std::log10(high * 1.01)));
    m_durationAxis->setRange(low, high);
    m_durationAxis->setMinorTickCount(0);
    m_threshold->replace(QList<QPointF>{{double(from), threshold}, {double(to), threshold}});
}

double QueryCharts::thresholdLineMs() const
{
    return m_threshold->count() > 0 ? m_threshold->at(0).y() : -1;
}

void QueryCharts::setHistogram(const HistogramData& data)
{
    m_histogramCategories->clear();
    m_histogramCategories->append(data.labels);
    if (m_histogramSet->count() != data.counts.size()) {
        m_histogramSet->remove(0, m_histogramSet->count());
        m_histogramSet->append(data.counts);
    } else {
        for (int i = 0; i < data.counts.size(); ++i)
            m_histogramSet->replace(i, data.counts[i]);
    }
    qreal max = 1;
    for (qreal c : data.counts)
        max = std::max(max, c);
    const NiceAxis axis = niceAxis(max, 4);
    m_histogramCounts->setRange(0, axis.max);
    m_histogramCounts->setTickCount(axis.ticks);
}

void QueryCharts::setTop(const TopData& data, TopBy by)
{
    // Horizontal bars are drawn from the bottom: reverse so the largest is on top.
    QStringList labels;
    QList<qreal> values;
    m_topFingerprints.clear();
    for (qsizetype i = data.labels.size() - 1; i >= 0; --i) {
        // Category labels must be unique; two fingerprints may shorten to the same text.
        QString label = data.labels[i];
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
        values << data.values[i];
        m_topFingerprints << data.fingerprints[i];
    }
    m_topCategories->clear();
    m_topCategories->append(labels);
    m_topSet->remove(0, m_topSet->count());
    m_topSet->append(values);
    qreal max = 0;
    for (qreal v : values)
        max = std::max(max, v);
    const NiceAxis axis = niceAxis(max, 4);
    m_topValues->setRange(0, axis.max);
    m_topValues->setTickCount(axis.ticks);
    m_topValues->setTitleText(by == TopBy::Calls ? tr("calls") : by == TopBy::Mean ? tr("mean ms") : tr("total ms"));
    m_topView->chart()->setTitle(by == TopBy::Calls  ? tr("Most called")
                                 : by == TopBy::Mean ? tr("Slowest on average")
                                                     : tr("Most time in total"));
}

int QueryCharts::timelinePoints() const
{
    return int(m_fast->count() + m_slow->count() + m_application->count());
}

} // namespace steward
