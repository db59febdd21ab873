#pragma once

#include "Result.h"

#include <QVariant>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace steward {

class Job;
class JobContext;

// A progress row for a panel's long work: label, bar and Cancel, shown while a Job runs, hidden otherwise.
// One job at a time; onDone runs on the UI thread with the job's result.
class JobProgress : public QWidget {
    Q_OBJECT
public:
    explicit JobProgress(const QString& objectPrefix, QWidget* parent = nullptr);
    ~JobProgress() override;

    void run(const QString& title, std::function<Result<QVariant>(JobContext&)> work,
             std::function<void(const Result<QVariant>&)> onDone);
    bool isBusy() const;
    void stop(); // cancels and waits
    // `fn` now when no job runs, else once the running job has delivered its result (the latest call wins): how a
    // panel shows a change made elsewhere without stopping its own job.
    void whenIdle(std::function<void()> fn);

signals:
    void busyChanged(bool busy);

private:
    std::unique_ptr<Job> m_job;
    std::function<void()> m_whenIdle;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace steward
