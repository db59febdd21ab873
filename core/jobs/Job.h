#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThreadPool;

namespace steward {

// What a job's work function sees: a cancel flag to poll and a way to report progress. Progress reports are
// coalesced: the UI gets the latest figures, never a queue of stale ones.
class JobContext {
public:
    virtual ~JobContext() = default;
    virtual bool isCancelled() const = 0;
    virtual void setProgress(qint64 done, qint64 total, const QString& text = {}) = 0;
    // Called (from the cancelling thread) when the job is cancelled, e.g. to interrupt a running statement.
    // Set it in the worker; cleared with an empty function before what it refers to goes away.
    virtual void setCancelHook(std::function<void()> hook) = 0;
};

// Work that runs in a job's thread and returns a typed result (a struct per job, never a QVariant unpacked by
// position). The workspace hands these out; panels run them with JobProgress::run.
template <typename T> using WorkOf = std::function<Result<T>(JobContext&)>;

// Long work: parameters captured in the work function, a Result out, progress, cancel. start() runs it on a
// thread pool; the work function opens its own database connection in that thread. A job never asks the UI a
// question: everything it needs is decided before it starts. Destroying a running job cancels it and waits.
class Job : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Result<QVariant>(JobContext&)>;

    Job(QString title, Work work, QObject* parent = nullptr);
    ~Job() override;

    const QString& title() const { return m_title; }
    // Runs the work on `pool`, by default Steward's own pool of job threads (see pool()).
    void start(QThreadPool* pool = nullptr);
    static QThreadPool* pool();
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    bool isRunning() const;
    bool isFinished() const;
    // Blocks until the work has returned (for the CLI and tests; never call it on the UI thread).
    void waitForFinished();
    // Valid once finished() was emitted.
    const Result<QVariant>& result() const;

    // Typed work as a job's work: its Result<T> lands in `out`, to be read once finished() was emitted.
    template <typename T> static Work erased(WorkOf<T> work, std::shared_ptr<std::optional<Result<T>>> out)
    {
        return [work = std::move(work), out = std::move(out)](JobContext& context) -> Result<QVariant> {
            out->emplace(work(context));
            return QVariant();
        };
    }
    // Gives a job up: cancels it, drops every connection to it, and lets it delete itself once its work has
    // returned. Nobody waits for it (it may sit in a busy wait for another program's lock). Call on its thread.
    static void abandon(std::unique_ptr<Job> job);

    // Runs work on the calling thread (the CLI's way); progress goes to onProgress, if given.
    static Result<QVariant> runHere(const Work& work,
                                    std::function<void(qint64, qint64, const QString&)> onProgress = {},
                                    const std::atomic<bool>* cancelFlag = nullptr);
    template <typename T>
    static Result<T> runHere(const WorkOf<T>& work, std::function<void(qint64, qint64, const QString&)> onProgress = {},
                             const std::atomic<bool>* cancelFlag = nullptr)
    {
        std::optional<Result<T>> out;
        (void)runHere(Work([&](JobContext& context) -> Result<QVariant> {
                          out.emplace(work(context));
                          return QVariant();
                      }),
                      std::move(onProgress), cancelFlag);
        return std::move(*out);
    }

signals:
    void progress(qint64 done, qint64 total, const QString& text);
    void finished();

private:
    class Context;
    void deliverProgress();
    void deliverFinished();

    QString m_title;
    Work m_work;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_progressPending{false};
    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    enum class State { Idle, Running, Done } m_state = State::Idle;
    std::optional<Result<QVariant>> m_result;
    qint64 m_done_ = 0, m_total = 0;
    QString m_text;
    std::function<void()> m_cancelHook;
};

} // namespace steward
