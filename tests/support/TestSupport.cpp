#include "TestSupport.h"

#include <QDir>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace steward::test {

void execSql(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open(path.toUtf8().constData(), &db);
    QVERIFY2(rc == SQLITE_OK, sqlite3_errmsg(db));
    char* message = nullptr;
    rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    const QByteArray error = message ? QByteArray(message) : QByteArray();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, error.constData());
}

QString queryString(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    QString out;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return out;
}

void writeDbmateTables(const QString& folder, int count)
{
    QDir().mkpath(folder);
    for (int k = 1; k <= count; ++k)
        writeFile(QStringLiteral("%1/%2_table_%3.sql").arg(folder).arg(k, 3, 10, QLatin1Char('0')).arg(k),
                  QStringLiteral("-- migrate:up\nCREATE TABLE t_%1 (v TEXT);\n-- migrate:down\nDROP TABLE t_%1;\n")
                      .arg(k)
                      .toUtf8());
}

QString createSampleDatabase(const QString& dir, const QString& name, int rows)
{
    const QString path = dir + QLatin1Char('/') + name;
    execSql(path, QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, qty INTEGER);"
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                 "INSERT INTO items (name, qty) SELECT 'item ' || i, i * 3 FROM n;")
                      .arg(rows));
    return path;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList sideFiles(const QString& databasePath)
{
    QStringList out;
    for (const char* suffix : {"-wal", "-journal", "-shm"})
        if (QFileInfo::exists(databasePath + QLatin1String(suffix)))
            out << databasePath + QLatin1String(suffix);
    return out;
}

static bool setImmutable(const QString& path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}

bool makeReadOnly(const QString& path)
{
    if (::geteuid() == 0)
        return setImmutable(path, true);
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

void makeWritable(const QString& path)
{
    if (::geteuid() == 0)
        setImmutable(path, false);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
}

QString binaryPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("STEWARD_BIN_DIR", QCoreApplication::applicationDirPath());
    return dir + QLatin1Char('/') + name;
}

static void startCli(QProcess& p, const QString& dataDir, const QStringList& args)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STEWARD_DATA_DIR"), dataDir);
    p.setProcessEnvironment(env);
    p.start(binaryPath(QStringLiteral("steward-cli")), args);
    p.waitForStarted(10000);
}

qint64 runCliToEnd(const QString& dataDir, const QStringList& args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    startCli(p, dataDir, args);
    p.waitForFinished(60000);
    return t.nsecsElapsed() / 1000;
}

void runCliAndKill(const QString& dataDir, const QStringList& args, qint64 lifetimeUs)
{
    QProcess p;
    startCli(p, dataDir, args);
    QThread::usleep(QRandomGenerator::global()->bounded(quint64(lifetimeUs + 1)));
    p.kill();
    p.waitForFinished(10000);
}

int crashRuns()
{
    const int n = qEnvironmentVariableIntValue("STEWARD_CRASH_RUNS");
    return n > 0 ? n : 200;
}

LockHolder::LockHolder(const QString& databasePath, const QString& mode)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(binaryPath(QStringLiteral("steward-test-helper")), {QStringLiteral("lock"), mode, databasePath});
    if (!m_process->waitForStarted(10000))
        return;
    // The helper prints "locked" once it holds the lock; waiting on its output is a signal, not a sleep.
    while (m_process->state() == QProcess::Running && !m_process->canReadLine())
        m_process->waitForReadyRead(10000);
    m_holding = m_process->readLine().trimmed() == "locked";
}

LockHolder::~LockHolder()
{
    release();
}

void LockHolder::release()
{
    if (m_process->state() == QProcess::Running) {
        m_process->closeWriteChannel(); // the helper rolls back and exits when its stdin closes
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(10000);
    }
    m_holding = false;
}

Churner::Churner(const QString& databasePath)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(binaryPath(QStringLiteral("steward-test-helper")), {QStringLiteral("churn"), databasePath});
    if (!m_process->waitForStarted(10000))
        return;
    while (m_process->state() == QProcess::Running && !m_process->canReadLine())
        m_process->waitForReadyRead(10000);
    m_running = m_process->readLine().trimmed() == "churning";
}

Churner::~Churner()
{
    if (m_process->state() == QProcess::Running) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(10000);
    }
}

bool makeFolderReadOnly(const QString& path)
{
    if (::geteuid() == 0)
        return setImmutable(path, true);
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
}

void makeFolderWritable(const QString& path)
{
    if (::geteuid() == 0)
        setImmutable(path, false);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace steward::test
