#include "models/QueryChartFeed.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace steward {

TimelineData timelineOf(const QVector<QueryEvent>& events, double thresholdMs, const QString& fingerprint, int columns,
                        int rows)
{
    TimelineData d;
    const auto included = [&](const QueryEvent& e) {
        return (fingerprint.isEmpty() || e.fingerprint == fingerprint) && e.timeMs > 0; // no time, no place
    };
    bool first = true;
    for (const auto& e : events) {
        if (!included(e))
            continue;
        const double ms = std::max(e.durationMs, 0.001);
        if (first) {
            d.firstMs = d.lastMs = e.timeMs;
            d.minDurationMs = d.maxDurationMs = ms;
            first = false;
        }
        d.firstMs = std::min(d.firstMs, e.timeMs);
        d.lastMs = std::max(d.lastMs, e.timeMs);
        d.minDurationMs = std::min(d.minDurationMs, ms);
        d.maxDurationMs = std::max(d.maxDurationMs, ms);
        ++d.events;
    }
    if (first)
        return d;
    const double span = double(std::max<qint64>(1, d.lastMs - d.firstMs));
    const double low = std::log10(d.minDurationMs);
    const double decades = std::max(1e-9, std::log10(d.maxDurationMs) - low);
    QSet<quint64> taken;
    taken.reserve(int(std::min<qint64>(d.events, qint64(columns) * rows)));
    for (const auto& e : events) {
        if (!included(e))
            continue;
        const double ms = std::max(e.durationMs, 0.001);
        const int series = e.source == QuerySource::Application ? 2 : e.durationMs >= thresholdMs ? 1 : 0;
        const auto x = quint64(double(e.timeMs - d.firstMs) / span * columns);
        const auto y = quint64((std::log10(ms) - low) / decades * rows);
        if (taken.contains((x << 32) | (y << 2) | quint64(series)))
            continue;
        taken.insert((x << 32) | (y << 2) | quint64(series));
        const QPointF p(double(e.timeMs), ms);
        (series == 2 ? d.application : series == 1 ? d.slow : d.fast).append(p);
    }
    return d;
}

HistogramData histogramOf(const QVector<QueryEvent>& events, const QString& fingerprint)
{
    HistogramData h;
    // Upper bounds (the chart's labels are rich text: no "<"). Marked for lupdate here, translated below.
    static const char* const bounds[] = {
        QT_TRANSLATE_NOOP("steward::QueryCharts", "to 10 µs"),  QT_TRANSLATE_NOOP("steward::QueryCharts", "to 100 µs"),
        QT_TRANSLATE_NOOP("steward::QueryCharts", "to 1 ms"),   QT_TRANSLATE_NOOP("steward::QueryCharts", "to 10 ms"),
        QT_TRANSLATE_NOOP("steward::QueryCharts", "to 100 ms"), QT_TRANSLATE_NOOP("steward::QueryCharts", "to 1 s"),
        QT_TRANSLATE_NOOP("steward::QueryCharts", "to 10 s"),   QT_TRANSLATE_NOOP("steward::QueryCharts", "over 10 s")};
    for (const char* bound : bounds)
        h.labels << QCoreApplication::translate("steward::QueryCharts", bound);
    h.counts = QList<qreal>(h.labels.size(), 0);
    for (const auto& e : events) {
        if (!fingerprint.isEmpty() && e.fingerprint != fingerprint)
            continue;
        // Bucket 0 holds everything under 10 µs = 0.01 ms; each next bucket one decade more.
        const double decade = e.durationMs > 0 ? std::floor(std::log10(e.durationMs / 0.01)) + 1 : 0;
        const int bucket = std::clamp(int(decade), 0, int(h.counts.size()) - 1);
        h.counts[bucket] += 1;
    }
    return h;
}

TopData topOf(const QVector<FingerprintSummary>& summaries, TopBy by, int count)
{
    QVector<FingerprintSummary> sorted = summaries;
    const auto value = [by](const FingerprintSummary& s) {
        return by == TopBy::Mean ? s.meanMs : by == TopBy::Calls ? double(s.calls) : s.totalMs;
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) { return value(a) > value(b); });
    TopData d;
    for (int i = 0; i < std::min<int>(count, int(sorted.size())); ++i) {
        QString label = sorted[i].fingerprint.simplified();
        // Short enough for the chart's left margin; the whole statement is in the tooltip of its bar.
        if (label.size() > 24)
            label = label.left(23) + QChar(0x2026);
        d.labels << label;
        d.fingerprints << sorted[i].fingerprint;
        d.values << value(sorted[i]);
    }
    return d;
}

NiceAxis niceAxis(double largest, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    if (!(largest > 0) || !std::isfinite(largest))
        return {1, 2};
    const double rough = largest / double(maxTicks - 1);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= rough) {
            step = m * power;
            break;
        }
    // Integer steps for counts: never a tick at 0.5 calls.
    step = std::max(step, largest >= 1 ? 1.0 : step);
    const double max = std::ceil(largest / step - 1e-9) * step;
    return {max, int(std::lround(max / step)) + 1};
}

} // namespace steward
