#include "common/JobProgress.h"

#include "jobs/Job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace steward {

JobProgress::JobProgress(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel)
    , m_bar(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(objectPrefix + QStringLiteral("ProgressRow"));
    m_bar->setObjectName(objectPrefix + QStringLiteral("Progress"));
    m_cancel->setObjectName(objectPrefix + QStringLiteral("Cancel"));
    m_label->setObjectName(objectPrefix + QStringLiteral("ProgressLabel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancel->setEnabled(false);
    });
    hide();
}

JobProgress::~JobProgress() = default;

bool JobProgress::isBusy() const
{
    return m_job && m_job->isRunning();
}

void JobProgress::whenIdle(std::function<void()> fn)
{
    if (isBusy())
        m_whenIdle = std::move(fn);
    else
        fn();
}

void JobProgress::stop()
{
    m_whenIdle = {};
    m_job.reset();
    hide();
}

void JobProgress::run(const QString& title, std::function<Result<QVariant>(JobContext&)> work,
                      std::function<void(const Result<QVariant>&)> onDone)
{
    m_job = std::make_unique<Job>(title, std::move(work));
    m_label->setText(title);
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    show();
    connect(m_job.get(), &Job::progress, this, [this](qint64 done, qint64 total, const QString& text) {
        if (!text.isEmpty())
            m_label->setText(text);
        if (total > 0) {
            m_bar->setRange(0, 1000);
            m_bar->setValue(int(1000 * done / total));
        } else {
            m_bar->setRange(0, 0);
        }
    });
    connect(m_job.get(), &Job::finished, this, [this, onDone = std::move(onDone)] {
        hide();
        const Result<QVariant> result = m_job->result();
        emit busyChanged(false);
        onDone(result);
        if (m_whenIdle)
            QMetaObject::invokeMethod(this, std::exchange(m_whenIdle, {}), Qt::QueuedConnection);
    });
    m_job->start();
    emit busyChanged(true);
}

} // namespace steward
