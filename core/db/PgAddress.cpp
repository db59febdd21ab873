#include "db/PgAddress.h"

#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cerrno>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

extern char** environ;

namespace steward {

namespace {

Error bad(const QString& message, const QString& hint = {})
{
    return makeError(ErrorCode::InvalidArgument, message,
                     hint.isEmpty()
                         ? QCoreApplication::translate(
                               "steward::Errors", "Write it as postgresql://user@host:port/database?sslmode=require.")
                         : hint);
}

const QStringList& sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

const QStringList& knownOptions()
{
    static const QStringList options{QStringLiteral("host"),
                                     QStringLiteral("port"),
                                     QStringLiteral("dbname"),
                                     QStringLiteral("user"),
                                     QStringLiteral("sslmode"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("passfile"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("application_name")};
    return options;
}

bool hasControlCharacters(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

QString decode(const QString& s)
{
    return QUrl::fromPercentEncoding(s.toUtf8());
}

QString osUser()
{
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return {};
}

QString g_userPassFile;
std::once_flag g_envOnce;

} // namespace

void prepareLibpqEnvironment()
{
    std::call_once(g_envOnce, [] {
        g_userPassFile = qEnvironmentVariable("PGPASSFILE");
        QList<QByteArray> names;
        for (char** e = environ; e && *e; ++e) {
            const QByteArray entry(*e);
            if (entry.startsWith("PG")) // PGHOST, PGHOSTADDR, PGSERVICE, PGOPTIONS, PGSSLMODE, PGPASSWORD, …
                names << entry.left(entry.indexOf('='));
        }
        for (const QByteArray& name : names)
            ::unsetenv(name.constData());
        englishLibpqMessages();
    });
}

void englishLibpqMessages()
{
    // libpq's own messages (connection refused, timeout) in English, whatever the desktop's language: they are
    // classified by their text. Qt's translations do not use the C library's message catalogues.
    std::setlocale(LC_MESSAGES, "C");
}

QString userPassFileFromEnvironment()
{
    prepareLibpqEnvironment();
    return g_userPassFile;
}

QString stewardPassFile()
{
    return AppPaths::dataDir() + QStringLiteral("/pgpass");
}

Result<PgAddress> rememberPasswordInFile(const PgAddress& address, const QString& password)
{
    auto field = [](QString v) {
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        v.replace(QLatin1Char(':'), QLatin1String("\\:"));
        return v;
    };
    const QString file = stewardPassFile();
    // libpq looks up a connection over its default socket folder as "localhost" in a password file.
    const bool defaultSocket =
        address.host == QLatin1String("/var/run/postgresql") || address.host == QLatin1String("/run/postgresql");
    const QString prefix = QStringLiteral("%1:%2:%3:%4:")
                               .arg(field(defaultSocket ? QStringLiteral("localhost") : address.host))
                               .arg(address.port)
                               .arg(field(address.database), field(address.user));
    QStringList lines;
    {
        QFile old(file);
        if (old.open(QIODevice::ReadOnly))
            for (const QString& line : QString::fromUtf8(old.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (!line.startsWith(prefix))
                    lines << line;
    }
    lines << prefix + field(password);
    QDir().mkpath(AppPaths::dataDir());
    const QString temp = file + QStringLiteral(".new");
    const QByteArray name = QFile::encodeName(temp);
    ::unlink(name.constData());
    // 0600 from creation: the password is never readable by others, not even for a moment.
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(
            ErrorCode::IoError,
            QCoreApplication::translate("steward::Errors", "The password file %1 cannot be written.").arg(file),
            QCoreApplication::translate("steward::Errors", "Check that Steward's data folder can be written."),
            QString::fromLocal8Bit(strerror(errno)));
    const QByteArray bytes = (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    const bool written = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::rename(name.constData(), QFile::encodeName(file).constData()) != 0) {
        ::unlink(name.constData());
        return makeError(
            ErrorCode::IoError,
            QCoreApplication::translate("steward::Errors", "The password file %1 cannot be written.").arg(file),
            QCoreApplication::translate("steward::Errors",
                                        "Check that Steward's data folder can be written and the disk is not full."));
    }
    PgAddress remembered = address;
    remembered.password.clear();
    remembered.passwordInAddress = false;
    remembered.passFile = file;
    return remembered;
}

bool PgAddress::looksLikeAddress(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<PgAddress> PgAddress::parse(const QString& text)
{
    if (!looksLikeAddress(text))
        return bad(QCoreApplication::translate("steward::Errors", "%1 is not a PostgreSQL address.").arg(text));
    if (hasControlCharacters(text))
        return bad(QCoreApplication::translate(
            "steward::Errors", "The PostgreSQL address contains a control character (a line break, a tab, …)."));
    PgAddress a;
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const int q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QString path;
    if (const int slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest = rest.left(slash);
    }
    // A password holding an unencoded '/', '?' or '#' would be split into the database name, the options or the
    // port, and shown in a message: refused without repeating any of it.
    const auto malformed = [] {
        return bad(QCoreApplication::translate("steward::Errors", "The PostgreSQL address is not well formed."),
                   QCoreApplication::translate("steward::Errors",
                                               "A user name or password with '@', '/', '?', ':' or '#' in it must be "
                                               "percent-encoded (%40, %2F, %3F, %3A, %23)."));
    };
    if (text.contains(QLatin1Char('#')) || path.contains(QLatin1Char('@')))
        return malformed();
    QString hostPort = rest;
    if (const int at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = rest.left(at);
        hostPort = rest.mid(at + 1);
        const int colon = userInfo.indexOf(QLatin1Char(':'));
        a.user = decode(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0) {
            a.password = decode(userInfo.mid(colon + 1));
            a.passwordInAddress = true;
        }
    }
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const int close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad(QCoreApplication::translate("steward::Errors",
                                                   "The server's IPv6 address is missing its closing ']'."));
        a.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return bad(
                    QCoreApplication::translate("steward::Errors", "Unexpected text after the server's address: %1.")
                        .arg(after));
            portText = after.mid(1);
        }
    } else if (const int colon = hostPort.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        a.host = decode(hostPort.left(colon));
        portText = hostPort.mid(colon + 1);
    } else {
        a.host = decode(hostPort);
    }
    a.database = decode(path);

    QString timeoutText;
    for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString key = decode(eq >= 0 ? pair.left(eq) : pair);
        const QString value = eq >= 0 ? decode(pair.mid(eq + 1)) : QString();
        if (key.contains(QLatin1Char('@')) || key.contains(QLatin1Char('/')))
            return malformed();
        if (!knownOptions().contains(key))
            return bad(
                QCoreApplication::translate("steward::Errors", "Steward does not accept the connection option '%1'.")
                    .arg(key),
                QCoreApplication::translate(
                    "steward::Errors",
                    "Options that could send the connection elsewhere or change the session are refused. "
                    "Accepted: %1.")
                    .arg(knownOptions().join(QLatin1String(", "))));
        if (key == QLatin1String("host")) {
            a.host = value;
        } else if (key == QLatin1String("port")) {
            portText = value;
        } else if (key == QLatin1String("dbname")) {
            a.database = value;
        } else if (key == QLatin1String("user")) {
            a.user = value;
        } else if (key == QLatin1String("sslmode")) {
            a.sslMode = value;
            a.sslModeGiven = true;
        } else if (key == QLatin1String("connect_timeout")) {
            timeoutText = value;
        } else if (key == QLatin1String("passfile")) {
            a.passFile = value;
        } else if (key == QLatin1String("sslrootcert")) {
            a.sslRootCert = value;
        } else if (key == QLatin1String("sslcert")) {
            a.sslCert = value;
        } else if (key == QLatin1String("sslkey")) {
            a.sslKey = value;
        } else if (key == QLatin1String("application_name")) {
            a.applicationName = value;
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return portText.contains(QLatin1Char('@')) || query.contains(QLatin1Char('@'))
                       ? malformed()
                       : bad(QCoreApplication::translate("steward::Errors",
                                                         "The port '%1' is not a number from 1 to 65535.")
                                 .arg(portText));
        a.port = port;
    }
    if (!timeoutText.isEmpty()) {
        bool ok = false;
        const int t = timeoutText.toInt(&ok);
        if (!ok || t < 1 || t > 3600)
            return bad(QCoreApplication::translate("steward::Errors",
                                                   "connect_timeout '%1' is not a number of seconds from 1 to 3600.")
                           .arg(timeoutText));
        a.connectTimeoutS = t;
    }
    if (a.host.contains(QLatin1Char(','))) // also a percent-encoded one (%2C): libpq reads a comma as a host list
        return bad(
            QCoreApplication::translate("steward::Errors", "The address names more than one server (%1).").arg(a.host),
            QCoreApplication::translate(
                "steward::Errors",
                "Steward connects to one server at a time: libpq would switch to the next one without a "
                "word. Give the one you mean."));
    if (a.host.isEmpty())
        a.host = QStringLiteral("/var/run/postgresql"); // Debian's socket folder, as libpq's default
    if (a.user.isEmpty())
        a.user = osUser();
    if (a.database.isEmpty())
        a.database = a.user;
    if (a.sslMode.isEmpty())
        a.sslMode = a.isLocal() ? QStringLiteral("disable") : QStringLiteral("require");
    if (!sslModes().contains(a.sslMode))
        return bad(QCoreApplication::translate("steward::Errors", "sslmode '%1' is not a TLS mode PostgreSQL knows.")
                       .arg(a.sslMode),
                   QCoreApplication::translate("steward::Errors", "Use one of: %1.")
                       .arg(sslModes().join(QLatin1String(", "))));
    for (const QString* field : {&a.host, &a.database, &a.user, &a.passFile, &a.sslRootCert, &a.sslCert, &a.sslKey,
                                 &a.applicationName, &a.password})
        if (hasControlCharacters(*field) || field->contains(QChar(0)))
            return bad(QCoreApplication::translate(
                "steward::Errors", "The PostgreSQL address contains a control character (a line break, a tab, …)."));
    if (a.database.isEmpty() || a.user.isEmpty())
        return bad(QCoreApplication::translate("steward::Errors", "The address names no database or no user."));
    return a;
}

bool PgAddress::isLocal() const
{
    if (host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost"))
        return true;
    // 127.0.0.0/8 and ::1 (QHostAddress is in QtNetwork, which core does not use).
    static const QRegularExpression v4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return host == QLatin1String("::1") || host == QLatin1String("0:0:0:0:0:0:0:1") || v4.match(host).hasMatch();
}

QString PgAddress::canonical() const
{
    auto enc = [](const QString& s) { return QString::fromUtf8(QUrl::toPercentEncoding(s)); };
    QString hostPart = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('/'))
                           ? QLatin1Char('[') + host + QLatin1Char(']')
                           : enc(host);
    QString s = QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=%5")
                    .arg(enc(user), hostPart)
                    .arg(port)
                    .arg(enc(database), sslMode);
    if (!passFile.isEmpty() && passFile != userPassFileFromEnvironment())
        s += QStringLiteral("&passfile=") + enc(passFile);
    for (const auto& [key, value] :
         {std::pair{"sslrootcert", &sslRootCert}, std::pair{"sslcert", &sslCert}, std::pair{"sslkey", &sslKey}})
        if (!value->isEmpty())
            s += QLatin1Char('&') + QLatin1String(key) + QLatin1Char('=') + enc(*value);
    if (connectTimeoutS != 10)
        s += QStringLiteral("&connect_timeout=%1").arg(connectTimeoutS);
    return s;
}

QString PgAddress::displayName() const
{
    const QString where = host.startsWith(QLatin1Char('/')) ? QStringLiteral("%1 (socket)").arg(host)
                                                            : QStringLiteral("%1:%2").arg(host).arg(port);
    return QCoreApplication::translate("steward::Db", "%1 on %2 as %3").arg(database, where, user);
}

QStringList PgAddress::warnings() const
{
    QStringList out;
    if (!isLocal() && (sslMode == QLatin1String("disable") || sslMode == QLatin1String("allow") ||
                       sslMode == QLatin1String("prefer")))
        out << QCoreApplication::translate("steward::Db",
                                           "The connection to %1 may travel unencrypted (sslmode=%2): the password "
                                           "and the data can be read on the network. Use sslmode=verify-full "
                                           "(or require) if the server offers TLS.")
                   .arg(host, sslMode);
    return out;
}

QList<QPair<QString, QString>> PgAddress::libpqParameters() const
{
    QList<QPair<QString, QString>> p{{QStringLiteral("host"), host},
                                     {QStringLiteral("port"), QString::number(port)},
                                     {QStringLiteral("dbname"), database},
                                     {QStringLiteral("user"), user},
                                     {QStringLiteral("sslmode"), sslMode},
                                     {QStringLiteral("connect_timeout"), QString::number(connectTimeoutS)},
                                     {QStringLiteral("application_name"), applicationName}};
    const QString pass = passFile.isEmpty() ? userPassFileFromEnvironment() : passFile;
    if (!pass.isEmpty())
        p.append({QStringLiteral("passfile"), pass});
    for (const auto& [key, value] :
         {std::pair{"sslrootcert", &sslRootCert}, std::pair{"sslcert", &sslCert}, std::pair{"sslkey", &sslKey}})
        if (!value->isEmpty())
            p.append({QLatin1String(key), *value});
    return p;
}

Result<void> PgAddress::checkPassFile() const
{
    QString file = passFile.isEmpty() ? userPassFileFromEnvironment() : passFile;
    const bool explicitFile = !file.isEmpty();
    if (file.isEmpty())
        file = QDir::homePath() + QStringLiteral("/.pgpass");
    struct stat st {};
    if (::stat(QFile::encodeName(file).constData(), &st) != 0) {
        if (explicitFile)
            return makeError(
                ErrorCode::Configuration,
                QCoreApplication::translate("steward::Errors", "The password file %1 does not exist.").arg(file),
                QCoreApplication::translate("steward::Errors", "Check the path given in passfile= or PGPASSFILE."));
        return {};
    }
    if (!S_ISREG(st.st_mode))
        return makeError(
            ErrorCode::Configuration,
            QCoreApplication::translate("steward::Errors", "The password file %1 is not a regular file.").arg(file),
            QCoreApplication::translate("steward::Errors",
                                        "Point passfile= or PGPASSFILE at the file that holds the password."));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return makeError(
            ErrorCode::Configuration,
            QCoreApplication::translate(
                "steward::Errors", "The password file %1 can be read by other users, so PostgreSQL would ignore it.")
                .arg(file),
            QCoreApplication::translate("steward::Errors", "Make it private: chmod 600 %1").arg(file));
    return {};
}

} // namespace steward
