#include "jobs/Job.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>
#include <QThreadPool>

namespace steward {

class Job::Context final : public JobContext {
public:
    explicit Context(Job& job)
        : m_job(job)
    {
    }
    bool isCancelled() const override { return m_job.m_cancelled.load(); }
    void setProgress(qint64 done, qint64 total, const QString& text) override
    {
        {
            std::lock_guard lock(m_job.m_mutex);
            m_job.m_done_ = done;
            m_job.m_total = total;
            if (!text.isNull())
                m_job.m_text = text;
        }
        if (!m_job.m_progressPending.exchange(true))
            QMetaObject::invokeMethod(
                &m_job, [job = &m_job] { job->deliverProgress(); }, Qt::QueuedConnection);
    }

    void setCancelHook(std::function<void()> hook) override
    {
        std::lock_guard lock(m_job.m_mutex);
        m_job.m_cancelHook = std::move(hook);
        if (m_job.m_cancelled.load() && m_job.m_cancelHook)
            m_job.m_cancelHook();
    }

private:
    Job& m_job;
};

Job::Job(QString title, Work work, QObject* parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_work(std::move(work))
{
}

Job::~Job()
{
    cancel();
    waitForFinished();
}

QThreadPool* Job::pool()
{
    // Not Qt's global pool: Qt's raster painting hands work to that one (2 threads on 2 cores), so two jobs waiting
    // for another program's lock would freeze the window's painting with them. Jobs mostly wait (locks, disk), so
    // more threads than cores; an idle thread ends after a minute.
    static QThreadPool* jobs = [] {
        auto* p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("steward-jobs"));
        p->setMaxThreadCount(std::max(8, QThread::idealThreadCount()));
        p->setExpiryTimeout(60000);
        return p;
    }();
    return jobs;
}

void Job::abandon(std::unique_ptr<Job> job)
{
    if (!job)
        return;
    job->cancel();
    Job* raw = job.release();
    QObject::disconnect(raw, nullptr, nullptr, nullptr);
    // Its finished() is delivered on this thread later, so connecting now cannot miss it.
    if (raw->isFinished())
        raw->deleteLater();
    else
        connect(raw, &Job::finished, raw, &QObject::deleteLater);
}

void Job::start(QThreadPool* pool)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_state != State::Idle)
            return;
        m_state = State::Running;
    }
    logging::logger()->info("job started: {}", m_title);
    (pool ? pool : Job::pool())->start([this] {
        Context context(*this);
        Result<QVariant> result = makeError(ErrorCode::Internal, QStringLiteral("no result"));
        try {
            result = m_work(context);
        } catch (const std::exception& ex) {
            result = makeError(ErrorCode::Internal,
                               QCoreApplication::translate("steward::Errors", "The operation failed unexpectedly."),
                               QCoreApplication::translate("steward::Errors", "Report this with the log file."),
                               QString::fromUtf8(ex.what()));
        }
        {
            std::lock_guard lock(m_mutex);
            m_result = std::move(result);
            m_cancelHook = nullptr;
        }
        // Delivered on the job's own thread; the waiters are released there, after the state is Done.
        QMetaObject::invokeMethod(
            this, [this] { deliverFinished(); }, Qt::QueuedConnection);
        std::lock_guard lock(m_mutex);
        m_state = State::Done;
        m_done.notify_all();
    });
}

void Job::cancel()
{
    m_cancelled.store(true);
    std::lock_guard lock(m_mutex);
    if (m_cancelHook)
        m_cancelHook();
}

bool Job::isRunning() const
{
    std::lock_guard lock(m_mutex);
    return m_state == State::Running;
}

bool Job::isFinished() const
{
    std::lock_guard lock(m_mutex);
    return m_state == State::Done;
}

void Job::waitForFinished()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_state != State::Running; });
}

const Result<QVariant>& Job::result() const
{
    std::lock_guard lock(m_mutex);
    Q_ASSERT(m_result.has_value());
    return *m_result;
}

void Job::deliverProgress()
{
    m_progressPending.store(false);
    qint64 done, total;
    QString text;
    {
        std::lock_guard lock(m_mutex);
        done = m_done_;
        total = m_total;
        text = m_text;
    }
    emit progress(done, total, text);
}

void Job::deliverFinished()
{
    const auto& r = result();
    if (r)
        logging::logger()->info("job finished: {}", m_title);
    else
        logging::logger()->warn("job {}: {} ({})", m_title, r.error().message, r.error().detail);
    emit finished();
}

Result<QVariant> Job::runHere(const Work& work, std::function<void(qint64, qint64, const QString&)> onProgress,
                              const std::atomic<bool>* cancelFlag)
{
    class Direct final : public JobContext {
    public:
        Direct(std::function<void(qint64, qint64, const QString&)> cb, const std::atomic<bool>* flag)
            : m_cb(std::move(cb))
            , m_flag(flag)
        {
        }
        bool isCancelled() const override { return m_flag && m_flag->load(); }
        void setProgress(qint64 done, qint64 total, const QString& text) override
        {
            if (m_cb)
                m_cb(done, total, text);
        }
        void setCancelHook(std::function<void()>) override {}

    private:
        std::function<void(qint64, qint64, const QString&)> m_cb;
        const std::atomic<bool>* m_flag;
    };
    Direct context(std::move(onProgress), cancelFlag);
    return work(context);
}

} // namespace steward
