// The hostile-input corpus in tests/data/hostile, one test row per case: backup ids and paths, damaged database
// files, broken migration folders, and bad values for every environment variable Steward reads. Each is refused
// with a message that names the cause, and nothing outside the intended folders is written.
#include "TestSupport.h"

#include "Settings.h"
#include "backup/BackupManager.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "migrations/MigrationSet.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace steward;
using namespace steward::test;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("STEWARD_TEST_SOURCE_DIR") + QStringLiteral("/tests/data/hostile");
}

QString unescape(const QString& text)
{
    if (text == QLatin1String("LONG"))
        return QString(4096, QLatin1Char('a')) + QStringLiteral(".db");
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 3 < text.size() && text[i + 1] == QLatin1Char('x')) {
            out += QChar(text.mid(i + 2, 2).toInt(nullptr, 16));
            i += 3;
        } else if (text[i] == QLatin1Char('\\') && i + 5 < text.size() && text[i + 1] == QLatin1Char('u')) {
            out += QChar(text.mid(i + 2, 4).toInt(nullptr, 16));
            i += 5;
        } else if (text[i] == QLatin1Char('\\') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

QList<QStringList> rows(const QString& file)
{
    QList<QStringList> out;
    for (const QString& line : QString::fromUtf8(readFile(dataDir() + QLatin1Char('/') + file)).split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        out << line.split('\t');
    }
    return out;
}

// Every file under `dir` with its hash: to show that nothing was written.
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        files.insert(f, fileHash(f));
    }
    return files;
}

} // namespace

class TestHostileInputs : public QObject {
    Q_OBJECT

private slots:
    void backupIds_data()
    {
        QTest::addColumn<QString>("id");
        const auto list = rows("backup-ids.tsv");
        QVERIFY(list.size() >= 30);
        for (const auto& r : list)
            QTest::newRow(qPrintable(r.value(0))) << unescape(r.value(1));
    }

    void backupIds()
    {
        QFETCH(QString, id);
        QTemporaryDir root;
        const QString work = root.filePath("work");
        QDir().mkpath(work);
        const QString db = createSampleDatabase(work, "live.db", 20);
        BackupManager manager(db, work + "/backups");
        QVERIFY(manager.create("a real one"));
        const QString outside = createSampleDatabase(root.path(), "outside.db", 3);
        QFile::link(outside, work + "/backups/link-out.db");
        const auto before = snapshot(root.path());
        for (int op = 0; op < 6; ++op) {
            Error e;
            switch (op) {
            case 0:
                e = manager.verify(id).error();
                break;
            case 1:
                e = manager.restore(id).error();
                break;
            case 2:
                e = manager.remove(id).error();
                break;
            case 3:
                e = manager.setPinned(id, true).error();
                break;
            case 4:
                e = manager.compare(id).error();
                break;
            case 5:
                e = manager.find(id).error();
                break;
            }
            QVERIFY2(e.code == ErrorCode::InvalidArgument || e.code == ErrorCode::NotFound,
                     qPrintable(QStringLiteral("op %1: %2").arg(op).arg(e.toText())));
            QVERIFY(!e.message.isEmpty());
        }
        QCOMPARE(snapshot(root.path()), before); // nothing written anywhere, inside the folder or out of it
    }

    void damagedDatabases_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("argument");
        const auto list = rows("damaged-databases.tsv");
        QVERIFY(list.size() >= 20);
        for (const auto& r : list)
            QTest::newRow(qPrintable(r.value(0))) << r.value(1) << r.value(2).toLongLong() << r.value(3);
    }

    void damagedDatabases()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, offset);
        QFETCH(QString, argument);
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "damaged.db", 800);
        QByteArray bytes = readFile(db);
        const qint64 at = offset == -1 ? bytes.size() - 1 : offset == -2 ? bytes.size() / 2 : offset;
        if (kind == "truncate") {
            bytes.truncate(at);
        } else if (kind == "write") {
            const QByteArray patch = QByteArray::fromHex(argument.toLatin1());
            bytes.replace(at, patch.size(), patch);
        } else if (kind == "fill") {
            const auto parts = argument.split(':');
            bytes.replace(at, parts[1].toInt(), QByteArray(parts[1].toInt(), char(parts[0].toInt(nullptr, 16))));
        } else if (kind == "random") {
            bytes.resize(argument.toInt());
            for (auto& b : bytes)
                b = char(QRandomGenerator::global()->bounded(256));
        } else if (kind == "file") {
            bytes = QByteArray::fromHex(argument.toLatin1()) + QByteArray(2000, 'x');
        } else if (kind == "garbage") {
            bytes.resize(at);
            QByteArray junk(argument.toInt(), 0);
            for (auto& b : junk)
                b = char(QRandomGenerator::global()->bounded(256));
            bytes += junk;
        }
        writeFile(db, bytes);
        const auto before = snapshot(dir.path());
        if (bytes.isEmpty()) {
            // SQLite defines a zero-length file as an empty database: it opens with no tables, and stays empty.
            auto c = Connection::open(db);
            QVERIFY(c);
            QCOMPARE(c.value()->scalar("SELECT count(*) FROM sqlite_schema")->toInt(), 0);
            c.value().reset();
            QCOMPARE(snapshot(dir.path()), before);
            return;
        }
        // Opening refuses it, or (when the damage is deep in the data) the integrity check finds it.
        auto c = Connection::open(db);
        if (c) {
            auto problems = c.value()->engine().integrityCheck(*c.value(), false);
            QVERIFY2(!problems || !problems->isEmpty(), "the damage went unnoticed");
            if (!problems) {
                QVERIFY(problems.error().code == ErrorCode::Corrupt ||
                        problems.error().code == ErrorCode::NotADatabase);
                QVERIFY(!problems.error().message.isEmpty());
            }
            c.value().reset();
        } else {
            const Error& e = c.error();
            QVERIFY2(e.code == ErrorCode::NotADatabase || e.code == ErrorCode::Corrupt, qPrintable(e.toText()));
            QVERIFY(!e.message.isEmpty() && !e.hint.isEmpty());
        }
        QCOMPARE(snapshot(dir.path()), before); // the file as it was, and no journal or other file beside it
        // A backup of it is refused or, if it is taken, never listed as good.
        BackupManager manager(db, dir.filePath("backups"));
        auto b = manager.create("of a damaged file");
        if (b) {
            auto v = manager.verify(b->id);
            QVERIFY2(!v || !v->ok, "a backup of a damaged database verified");
        }
        QCOMPARE(fileHash(db), before.value(db));
    }

    void brokenMigrationFolders_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("expected");
        const QString base = dataDir() + QStringLiteral("/migrations");
        for (const QString& name : QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QTest::newRow(qPrintable(name))
                << base + QLatin1Char('/') + name
                << QString::fromUtf8(readFile(base + '/' + name + "/expected.txt")).trimmed();
        // Cases that cannot live in git as they are.
        QTest::newRow("missing folder") << QStringLiteral("GEN:missing") << QStringLiteral("does not exist");
        QTest::newRow("a file, not a folder") << QStringLiteral("GEN:file") << QStringLiteral("does not exist");
        QTest::newRow("file over 10 MB") << QStringLiteral("GEN:large") << QStringLiteral("over 10 MB");
        if (::geteuid() != 0) // root reads everything
            QTest::newRow("unreadable file") << QStringLiteral("GEN:unreadable") << QStringLiteral("cannot be read");
    }

    void brokenMigrationFolders()
    {
        QFETCH(QString, folder);
        QFETCH(QString, expected);
        QTemporaryDir scratch;
        QString path = folder;
        if (folder == "GEN:missing") {
            path = scratch.filePath("nowhere");
        } else if (folder == "GEN:file") {
            path = scratch.filePath("file");
            writeFile(path, "not a folder");
        } else if (folder == "GEN:large") {
            path = scratch.filePath("large");
            QDir().mkpath(path);
            writeFile(path + "/001_big.sql", "-- migrate:up\n" + QByteArray(11 * 1024 * 1024, ' ') + "SELECT 1;\n");
        } else if (folder == "GEN:unreadable") {
            path = scratch.filePath("unreadable");
            QDir().mkpath(path);
            writeFile(path + "/001_a.sql", "-- migrate:up\nCREATE TABLE a (x);\n");
            QFile::setPermissions(path + "/001_a.sql", QFileDevice::WriteOwner);
        }
        QVERIFY(expected.size() > 3);
        const auto before = snapshot(QFileInfo(path).isDir() ? path : scratch.path());
        auto set = MigrationSet::load(path);
        QVERIFY2(!set, "a broken folder was loaded");
        QVERIFY2(set.error().message.contains(expected, Qt::CaseInsensitive),
                 qPrintable(set.error().message + " — expected: " + expected));
        QVERIFY(!set.error().hint.isEmpty());
        QCOMPARE(snapshot(QFileInfo(path).isDir() ? path : scratch.path()), before);
    }

    void badEnvironmentValues_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("value");
        int variables = 0;
        for (int k = 0; k < int(SettingKey::Count_); ++k) {
            const SettingSpec& spec = settingSpec(SettingKey(k));
            if (!spec.environment)
                continue;
            ++variables;
            const QStringList bad = spec.type == SettingType::Int
                                        ? QStringList{"abc",
                                                      "-5",
                                                      "99999999999999999999",
                                                      "",
                                                      " ",
                                                      "1e3",
                                                      "12ms",
                                                      "0x10",
                                                      QString::number(spec.maximum + 1),
                                                      QString::number(spec.minimum - 1)}
                                        : QStringList{"loud", "", "INFO; rm -rf /", QString(300, 'x')};
            for (const QString& v : bad)
                QTest::newRow(qPrintable(QStringLiteral("%1=%2").arg(spec.environment, v.left(24)))) << k << v;
        }
        QVERIFY(variables >= 10);
    }

    void badEnvironmentValues()
    {
        QFETCH(int, key);
        QFETCH(QString, value);
        const SettingSpec& spec = settingSpec(SettingKey(key));
        QTemporaryDir dir;
        qputenv(spec.environment, value.toUtf8());
        Settings settings(dir.filePath("settings.ini"));
        const QVariant got = settings.value(SettingKey(key));
        qunsetenv(spec.environment);
        if (spec.type == SettingType::Int) {
            // An in-range number written plainly is taken; anything else falls back to the default.
            bool plain = false;
            const qint64 n = value.trimmed().toLongLong(&plain);
            if (plain && value.trimmed() == value && n >= spec.minimum && n <= spec.maximum)
                QCOMPARE(got.toLongLong(), n);
            else
                QCOMPARE(got.toLongLong(), spec.defaultValue.toLongLong());
        } else {
            QCOMPARE(got.toString(), spec.defaultValue.toString());
        }
    }

    void aDataFolderThatCannotBeUsed()
    {
        // STEWARD_DATA_DIR pointing at a file: the CLI says so and writes nothing there.
        QTemporaryDir dir;
        const QString file = dir.filePath("not-a-folder");
        writeFile(file, "x");
        const QString db = createSampleDatabase(dir.path(), "app.db", 5);
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("STEWARD_DATA_DIR", file);
        p.setProcessEnvironment(env);
        p.start(binaryPath("steward-cli"), {"backup", "create", "--db", db, "--reason", "x"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(readFile(file), QByteArray("x"));
        QVERIFY(!QFileInfo(file).isDir());
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "TestHostileInputs.moc"
