// The steward executable's command line, run as a real process on the offscreen platform.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace steward::test;

class TestGuiCommandLine : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out, err;
    };
    Run steward(const QTemporaryDir& data, const QStringList& args)
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("STEWARD_DATA_DIR", data.path());
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("STEWARD_EXIT_AFTER_FIRST_PAINT", "1");
        p.setProcessEnvironment(env);
        p.start(binaryPath("steward"), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void badArgumentsGiveUsageAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("unknown option") << QStringList{"--frobnicate"};
        QTest::addRow("two databases") << QStringList{"a.db", "b.db"};
    }
    void badArgumentsGiveUsageAndExitTwo()
    {
        QFETCH(QStringList, args);
        QTemporaryDir data;
        auto r = steward(data, args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("Usage:"), qPrintable(r.err));
    }

    void opensTheDatabaseGivenOnTheCommandLine()
    {
        QTemporaryDir data;
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "argument.db");
        auto r = steward(data, {db});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("first-paint"));
        const QString log = QString::fromUtf8(readFile(data.filePath("logs/steward.log")));
        QVERIFY2(log.contains("opened " + db), qPrintable(log));
    }

    void demoOptionCreatesTheDemoInTheDataFolder()
    {
        QTemporaryDir data;
        auto r = steward(data, {"--demo"});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(data.filePath("demo/novelist.db")));
        QVERIFY(readFile(data.filePath("logs/steward.log")).contains("novelist.db"));
    }

    void versionNeedsNoDisplay()
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("QT_QPA_PLATFORM");
        p.setProcessEnvironment(env);
        p.start(binaryPath("steward"), {"--version"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("steward 0."));
        p.start(binaryPath("steward"), {"--demo"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("xvfb-run"));
    }
};

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "TestGuiCommandLine.moc"
