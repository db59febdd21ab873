#pragma once

#include "monitor/QueryReport.h"

#include <QList>
#include <QPointF>
#include <QStringList>

namespace steward {

// What the slow-query charts draw, computed from a report without any widget (tested on its own). Times are UTC
// milliseconds since the epoch, durations milliseconds.
struct TimelineData {
    QList<QPointF> fast;        // traced, below the threshold
    QList<QPointF> slow;        // traced, at or above it
    QList<QPointF> application; // recorded by the application
    qint64 firstMs = 0, lastMs = 0;
    double minDurationMs = 0, maxDurationMs = 0;
    qint64 events = 0; // statements the points stand for
};
// Events of one fingerprint, or all when fingerprint is empty. Durations below 1 µs are drawn at 1 µs
// (the duration axis is logarithmic). Points closer than one cell of a columns × rows grid over the drawn range
// are drawn once per series: what a screen can show, never a marker per statement.
TimelineData timelineOf(const QVector<QueryEvent>& events, double thresholdMs, const QString& fingerprint = {},
                        int columns = 500, int rows = 150);

// Logarithmic buckets, one per decade from 10 µs to 10 s; a bucket holds durations from its lower bound up to,
// not including, its upper bound.
struct HistogramData {
    QStringList labels;
    QList<qreal> counts;
};
HistogramData histogramOf(const QVector<QueryEvent>& events, const QString& fingerprint = {});

enum class TopBy { Total, Mean, Calls };
struct TopData {
    QStringList labels; // short statement text
    QStringList fingerprints;
    QList<qreal> values;
};
TopData topOf(const QVector<FingerprintSummary>& summaries, TopBy by, int count);

// A value axis from 0 that ends on a round number, with ticks on round numbers (1, 2 or 5 times a power of ten):
// 0 / 10000 / 20000 / 30000, never 0 / 10411 / 20822. At most maxTicks ticks, 0 included.
struct NiceAxis {
    double max = 1;
    int ticks = 2;
};
NiceAxis niceAxis(double largest, int maxTicks = 5);

} // namespace steward
