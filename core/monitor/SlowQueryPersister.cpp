#include "monitor/SlowQueryPersister.h"

#include "Logging.h"
#include "jobs/Job.h"

namespace steward {

SlowQueryPersister::SlowQueryPersister(QueryMonitor& monitor, QString databasePath, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_databasePath(std::move(databasePath))
{
    m_timer.setInterval(std::chrono::seconds(5));
    connect(&m_timer, &QTimer::timeout, this, &SlowQueryPersister::flush);
}

SlowQueryPersister::~SlowQueryPersister() = default;

void SlowQueryPersister::flush()
{
    if (m_job && m_job->isRunning())
        return; // the previous batch is still being written
    const QVector<SlowQuery> batch = m_monitor.takePending();
    if (batch.isEmpty())
        return;
    m_job = std::make_unique<Job>(QStringLiteral("persist slow queries"),
                                  [path = m_databasePath, batch, cap = m_cap](JobContext&) -> Result<QVariant> {
                                      auto n = SlowQueryStore::persist(path, batch, cap);
                                      if (!n)
                                          return n.error();
                                      return QVariant(n.value());
                                  });
    connect(m_job.get(), &Job::finished, this, [this, batch] {
        const auto& r = m_job->result();
        if (r) {
            m_written += r->toInt();
            emit persisted(r->toInt());
        } else {
            ++m_failures;
            m_monitor.giveBack(batch); // tried again at the next interval
            logging::logger()->info("slow queries not persisted yet ({}); {} kept for the next try", r.error().message,
                                    batch.size());
            emit failed(r.error());
        }
    });
    m_job->start();
}

} // namespace steward
