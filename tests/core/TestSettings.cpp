#include "Logging.h"
#include "Settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString ini() const { return m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction())); }

    bool warned(quint64 after, const QString& needle)
    {
        for (const auto& e : logging::ring().entriesAfter(after))
            if (e.level == int(spdlog::level::warn) && e.message.contains(needle))
                return true;
        return false;
    }
    quint64 lastSequence()
    {
        const auto all = logging::ring().entriesAfter(0);
        return all.isEmpty() ? 0 : all.last().sequence;
    }

private slots:
    void cleanup()
    {
        qunsetenv("SLOW_QUERY_THRESHOLD");
        qunsetenv("STEWARD_BACKUP_KEEP");
        qunsetenv("CIRCUIT_BREAKER_TIMEOUT");
        qunsetenv("STEWARD_LOG_LEVEL");
    }

    void defaults()
    {
        Settings s(ini());
        QCOMPARE(s.intValue(SettingKey::SlowQueryThresholdMs), 100);
        QCOMPARE(s.intValue(SettingKey::BusyTimeoutMs), 5000);
        QCOMPARE(s.intValue(SettingKey::BackupKeep), 10);
        QCOMPARE(s.intValue(SettingKey::CircuitFailureThreshold), 5);
        QCOMPARE(s.intValue(SettingKey::CircuitTimeoutMs), 60000);
        QCOMPARE(s.stringValue(SettingKey::LogLevel), QStringLiteral("info"));
        QVERIFY(s.stringListValue(SettingKey::RecentFiles).isEmpty());
        // Every key has a row in the table, in enum order.
        for (int k = 0; k < int(SettingKey::Count_); ++k)
            QCOMPARE(int(settingSpec(SettingKey(k)).key), k);
    }

    void storedValuesPersistAndSignal()
    {
        {
            Settings s(ini());
            QSignalSpy spy(&s, &Settings::changed);
            QVERIFY(s.setValue(SettingKey::SlowQueryThresholdMs, 250));
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.at(0).at(0).value<SettingKey>(), SettingKey::SlowQueryThresholdMs);
            QVERIFY(!s.setValue(SettingKey::SlowQueryThresholdMs, -5)); // refused, nothing changes
            QVERIFY(!s.setValue(SettingKey::LogLevel, QStringLiteral("loud")));
            QCOMPARE(spy.count(), 1);
            s.sync();
        }
        Settings again(ini());
        QCOMPARE(again.intValue(SettingKey::SlowQueryThresholdMs), 250);
    }

    void environmentOverrides()
    {
        Settings s(ini());
        QVERIFY(s.setValue(SettingKey::SlowQueryThresholdMs, 250));
        qputenv("SLOW_QUERY_THRESHOLD", "40");
        QCOMPARE(s.intValue(SettingKey::SlowQueryThresholdMs), 40);
        QVERIFY(s.isOverriddenByEnvironment(SettingKey::SlowQueryThresholdMs));
        qputenv("STEWARD_LOG_LEVEL", "DEBUG");
        QCOMPARE(s.stringValue(SettingKey::LogLevel), QStringLiteral("debug"));
    }

    void badEnvironmentValuesFallBackWithWarning_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("text") << QByteArray("SLOW_QUERY_THRESHOLD") << QByteArray("fast") << qint64(100);
        QTest::addRow("negative") << QByteArray("SLOW_QUERY_THRESHOLD") << QByteArray("-1") << qint64(100);
        QTest::addRow("overflow") << QByteArray("SLOW_QUERY_THRESHOLD") << QByteArray("99999999999999999999999")
                                  << qint64(100);
        QTest::addRow("number with unit") << QByteArray("SLOW_QUERY_THRESHOLD") << QByteArray("100ms") << qint64(100);
        QTest::addRow("fraction") << QByteArray("SLOW_QUERY_THRESHOLD") << QByteArray("2.5") << qint64(100);
        QTest::addRow("empty") << QByteArray("SLOW_QUERY_THRESHOLD") << QByteArray("") << qint64(100);
        QTest::addRow("keep zero") << QByteArray("STEWARD_BACKUP_KEEP") << QByteArray("0") << qint64(10);
        QTest::addRow("timeout hex") << QByteArray("CIRCUIT_BREAKER_TIMEOUT") << QByteArray("0x10") << qint64(60000);
    }
    void badEnvironmentValuesFallBackWithWarning()
    {
        QFETCH(QByteArray, variable);
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        Settings s(ini());
        const auto key = variable == "SLOW_QUERY_THRESHOLD"  ? SettingKey::SlowQueryThresholdMs
                         : variable == "STEWARD_BACKUP_KEEP" ? SettingKey::BackupKeep
                                                             : SettingKey::CircuitTimeoutMs;
        const quint64 mark = lastSequence();
        qputenv(variable.constData(), value);
        QCOMPARE(s.intValue(key), expected);
        QVERIFY2(warned(mark, QString::fromLatin1(variable)), "no warning was logged");
        qunsetenv(variable.constData());
    }

    void badStoredValueFallsBack()
    {
        {
            QSettings raw(ini(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("backups/keep"), QStringLiteral("lots"));
        }
        Settings s(ini());
        const quint64 mark = lastSequence();
        QCOMPARE(s.intValue(SettingKey::BackupKeep), 10);
        QVERIFY(warned(mark, QStringLiteral("backups/keep")));
    }

    void recentFiles()
    {
        Settings s(ini());
        for (int i = 0; i < 12; ++i)
            s.addRecentFile(QStringLiteral("/db/%1.db").arg(i));
        s.addRecentFile(QStringLiteral("/db/5.db"));
        const QStringList recent = s.stringListValue(SettingKey::RecentFiles);
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), QStringLiteral("/db/5.db"));
        QCOMPARE(recent.count(QStringLiteral("/db/5.db")), 1);
        s.removeRecentFile(QStringLiteral("/db/5.db"));
        QVERIFY(!s.stringListValue(SettingKey::RecentFiles).contains(QStringLiteral("/db/5.db")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
