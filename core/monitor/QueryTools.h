#pragma once

#include "Result.h"
#include "monitor/QueryMonitor.h"

#include <QStringList>
#include <QVector>

namespace steward {

class Connection;

struct PlanStep {
    int id = 0;
    int parent = 0;
    QString detail;
    int depth = 0;
};

// EXPLAIN QUERY PLAN of one statement, as a tree (depth from the parent links). The statement is not run.
Result<QVector<PlanStep>> explainQueryPlan(Connection& connection, const QString& sql);

// Rows of query_performance grouped by fingerprint.
struct RecordedStats {
    QString fingerprint;
    QString example;
    qint64 calls = 0;
    qint64 totalMs = 0;
    qint64 maxMs = 0;
    qint64 meanMs() const { return calls ? totalMs / calls : 0; }
};
QVector<RecordedStats> groupByFingerprint(const QVector<SlowQueryStore::Row>& rows);

// Runs a script `runs` times with the monitor on, each run inside a transaction that is rolled back, so the database
// is left as it was. Returns the monitor's statistics.
Result<QVector<StatementStats>> profileScript(Connection& connection, const QString& script, int runs,
                                              const Clock& clock = Clock::system());

} // namespace steward
