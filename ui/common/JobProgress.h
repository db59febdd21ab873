#pragma once

#include "Result.h"
#include "jobs/Job.h"

#include <QVariant>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace steward {

// What Cancel does to a job: an action (backup, migration, restore) is asked to stop and its true outcome is
// delivered when it has; a read changes nothing, so Cancel drops it at once (it finishes unseen in the background)
// and delivers ErrorCode::Cancelled.
enum class JobKind { Action, Read };

// A progress row for a panel's work: label, bar and Cancel, shown while a job runs, hidden otherwise. One job at
// a time; onDone runs on the UI thread with the job's typed result. Every database call of a panel runs here, never
// on the UI thread; a job still running after a moment says that it is waiting for the database.
class JobProgress final : public QWidget {
    Q_OBJECT
public:
    explicit JobProgress(const QString& objectPrefix, QWidget* parent = nullptr);
    ~JobProgress() override;

    template <typename T>
    void run(const QString& title, WorkOf<T> work, std::function<void(const Result<T>&)> onDone,
             JobKind kind = JobKind::Action)
    {
        auto out = std::make_shared<std::optional<Result<T>>>();
        runErased(
            title, Job::erased<T>(std::move(work), out),
            [out, onDone = std::move(onDone)](const Result<QVariant>& r) {
                if (out->has_value())
                    onDone(**out);
                else
                    onDone(Result<T>(r ? makeError(ErrorCode::Internal, QStringLiteral("The job returned nothing."))
                                       : r.error()));
            },
            kind);
    }
    // An action is running (reads do not count: a new read or an action supersedes them).
    bool isBusy() const;
    bool isReading() const;
    void stop(); // cancels and waits
    // `fn` now when no job runs, else once the running job has delivered its result (the latest call wins): how a
    // panel shows a change made elsewhere without stopping its own job.
    void whenIdle(std::function<void()> fn);

signals:
    void busyChanged(bool busy);

private:
    void runErased(const QString& title, Job::Work work, std::function<void(const Result<QVariant>&)> onDone,
                   JobKind kind);
    void finish();
    void dropRead(); // the running read goes on unseen in the background; its result is never delivered

    std::unique_ptr<Job> m_job;
    bool m_busy = false; // from run() until onDone has been called
    JobKind m_kind = JobKind::Action;
    std::function<void(const Result<QVariant>&)> m_onDone;
    std::function<void()> m_whenIdle;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QTimer* m_slow;
};

} // namespace steward
