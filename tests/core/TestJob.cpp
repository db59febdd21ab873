#include "TestSupport.h"

#include "db/Connection.h"
#include "jobs/Job.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace steward;
using namespace steward::test;

class TestJob : public QObject {
    Q_OBJECT
private slots:
    void runsOffTheCallingThreadWithItsOwnConnection()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), QStringLiteral("job.db"), 500);
        QThread* caller = QThread::currentThread();
        std::atomic<QThread*> worker{nullptr};
        Job job(QStringLiteral("count"), [&](JobContext& ctx) -> Result<QVariant> {
            worker = QThread::currentThread();
            auto c = Connection::open(db); // opened in the worker thread, as QSqlDatabase requires
            if (!c)
                return c.error();
            qint64 sum = 0;
            for (int i = 1; i <= 5; ++i) {
                auto v = c.value()->scalar(QStringLiteral("SELECT sum(qty) FROM items WHERE id % 5 = ?"), {i % 5});
                if (!v)
                    return v.error();
                sum += v->toLongLong();
                ctx.setProgress(i, 5, QStringLiteral("part %1").arg(i));
            }
            return QVariant(sum);
        });
        QSignalSpy progress(&job, &Job::progress);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(worker.load() != caller);
        QVERIFY(job.result());
        QCOMPARE(job.result().value().toLongLong(), 3LL * 500 * 501 / 2);
        QVERIFY(progress.count() >= 1); // coalesced: at least the last report arrives
        QCOMPARE(progress.last().at(0).toLongLong(), 5);
        QCOMPARE(progress.last().at(1).toLongLong(), 5);
        QCOMPARE(progress.last().at(2).toString(), QStringLiteral("part 5"));
    }

    void cancelStopsTheWork()
    {
        std::atomic<bool> started{false};
        Job job(QStringLiteral("endless"), [&](JobContext& ctx) -> Result<QVariant> {
            started = true;
            qint64 i = 0;
            while (!ctx.isCancelled())
                ctx.setProgress(++i, 0);
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 10000);
        job.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
    }

    void exceptionBecomesAnError()
    {
        Job job(QStringLiteral("throws"), [](JobContext&) -> Result<QVariant> { throw std::runtime_error("boom"); });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.result().error().code, ErrorCode::Internal);
        QVERIFY(job.result().error().detail.contains(QStringLiteral("boom")));
    }

    void destroyingARunningJobCancelsAndWaits()
    {
        std::atomic<bool> started{false}, returned{false};
        {
            Job job(QStringLiteral("long"), [&](JobContext& ctx) -> Result<QVariant> {
                started = true;
                while (!ctx.isCancelled())
                    QThread::yieldCurrentThread();
                returned = true;
                return QVariant();
            });
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(started.load(), 10000);
        }
        QVERIFY(returned.load());
    }

    void runHereReportsProgress()
    {
        QList<qint64> seen;
        auto r = Job::runHere(
            [](JobContext& ctx) -> Result<QVariant> {
                for (int i = 1; i <= 3; ++i)
                    ctx.setProgress(i, 3);
                return QVariant(7);
            },
            [&](qint64 done, qint64, const QString&) { seen << done; });
        QCOMPARE(r.value().toInt(), 7);
        QCOMPARE(seen, (QList<qint64>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "TestJob.moc"
