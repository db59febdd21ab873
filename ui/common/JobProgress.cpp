#include "common/JobProgress.h"

#include "jobs/Job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace steward {

JobProgress::JobProgress(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel)
    , m_bar(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_slow(new QTimer(this))
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
    // A job that has not answered after this long is most likely waiting for a lock another program holds.
    m_slow->setSingleShot(true);
    m_slow->setInterval(400);
    connect(m_slow, &QTimer::timeout, this, [this] {
        if (!m_job)
            return;
        show(); // a read shows itself only now: a quick one never flickers
        if (m_bar->maximum() == 0)
            m_label->setText(tr("%1 — waiting for the database…").arg(m_job->title()));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_job)
            return;
        m_job->cancel();
        m_cancel->setEnabled(false);
        if (m_kind == JobKind::Read) {
            dropRead(); // nothing to wait for: it may sit in a busy wait for seconds
            finish();
        }
    });
    hide();
}

JobProgress::~JobProgress()
{
    if (isReading())
        dropRead(); // closing the window never waits for a read (an action it does wait for: its outcome matters)
}

bool JobProgress::isBusy() const
{
    return m_busy && m_kind == JobKind::Action;
}

bool JobProgress::isReading() const
{
    return m_busy && m_kind == JobKind::Read;
}

void JobProgress::dropRead()
{
    // A read's work holds what it uses by value or shared ownership, so it may outlive this panel and its workspace.
    Job::abandon(std::move(m_job));
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
    m_onDone = {};
    if (isReading())
        dropRead(); // never waited for
    m_job.reset();
    m_busy = false;
    m_slow->stop();
    hide();
}

void JobProgress::runErased(const QString& title, Job::Work work, std::function<void(const Result<QVariant>&)> onDone,
                            JobKind kind)
{
    // A read in progress is superseded: the newest read (or an action) wins, and nobody waits for the old one.
    if (isReading()) {
        dropRead();
        m_onDone = {};
        m_busy = false;
    }
    m_job = std::make_unique<Job>(title, std::move(work));
    m_kind = kind;
    m_busy = true;
    m_onDone = std::move(onDone);
    m_label->setText(title);
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    if (kind == JobKind::Action)
        show();
    m_slow->start();
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
    connect(m_job.get(), &Job::finished, this, &JobProgress::finish);
    m_job->start();
    emit busyChanged(true);
}

void JobProgress::finish()
{
    hide();
    m_slow->stop();
    const Result<QVariant> result = m_job && m_job->isFinished()
                                        ? m_job->result()
                                        : Result<QVariant>(makeError(ErrorCode::Cancelled, tr("Cancelled")));
    // A job that is finished stays owned until the next run() or stop(): its result must outlive onDone.
    if (m_job && !m_job->isFinished())
        m_job.reset();
    auto onDone = std::exchange(m_onDone, {});
    m_busy = false;
    emit busyChanged(false);
    if (onDone)
        onDone(result);
    if (m_whenIdle)
        QMetaObject::invokeMethod(this, std::exchange(m_whenIdle, {}), Qt::QueuedConnection);
}

} // namespace steward
