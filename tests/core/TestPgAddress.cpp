// PostgreSQL addresses and errors, without a server: what is accepted, what is refused and why, that the password never
// shows, and which failures count for the circuit. The server itself is tested in tests/pg.
#include "db/DatabaseEngine.h"
#include "db/PgAddress.h"
#include "db/PgErrors.h"
#include "health/CircuitBreaker.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestPgAddress : public QObject {
    Q_OBJECT

private slots:
    void aFullAddressIsReadExactly()
    {
        auto a = PgAddress::parse(QStringLiteral(
            "postgresql://app%40corp@db.example.com:6543/shop%2Fmain?sslmode=verify-full&connect_timeout=3"
            "&application_name=x&sslrootcert=/etc/ca.pem"));
        QVERIFY2(a, qPrintable(a ? QString() : a.error().toText()));
        QCOMPARE(a->user, QStringLiteral("app@corp"));
        QCOMPARE(a->host, QStringLiteral("db.example.com"));
        QCOMPARE(a->port, 6543);
        QCOMPARE(a->database, QStringLiteral("shop/main"));
        QCOMPARE(a->sslMode, QStringLiteral("verify-full"));
        QCOMPARE(a->connectTimeoutS, 3);
        QCOMPARE(a->sslRootCert, QStringLiteral("/etc/ca.pem"));
        QVERIFY(!a->isLocal());
        QVERIFY(a->warnings().isEmpty());
        // The canonical form reads back as the same address.
        auto again = PgAddress::parse(a->canonical());
        QVERIFY(again);
        QCOMPARE(again->canonical(), a->canonical());
        QCOMPARE(again->database, a->database);
        QCOMPARE(again->user, a->user);
    }

    void defaultsAreExplicit()
    {
        auto local = PgAddress::parse(QStringLiteral("postgres://me@127.0.0.1/db"));
        QVERIFY(local);
        QCOMPARE(local->port, 5432);
        QCOMPARE(local->sslMode, QStringLiteral("disable")); // local: no TLS needed
        QVERIFY(!local->sslModeGiven);
        QVERIFY(local->isLocal());
        auto remote = PgAddress::parse(QStringLiteral("postgresql://me@db.example.com/db"));
        QVERIFY(remote);
        QCOMPARE(remote->sslMode, QStringLiteral("require")); // another machine: never silently plaintext
        auto socket = PgAddress::parse(QStringLiteral("postgresql://me@%2Ftmp%2Fpg:5433/db"));
        QVERIFY(socket);
        QCOMPARE(socket->host, QStringLiteral("/tmp/pg"));
        QVERIFY(socket->isLocal());
        auto ipv6 = PgAddress::parse(QStringLiteral("postgresql://me@[::1]:5999/db"));
        QVERIFY(ipv6);
        QCOMPARE(ipv6->host, QStringLiteral("::1"));
        QCOMPARE(ipv6->port, 5999);
        QVERIFY(ipv6->isLocal());
        QVERIFY(PgAddress::parse(ipv6->canonical()));
        // Every parameter Steward passes is explicit.
        QStringList keys;
        for (const auto& [key, value] : remote->libpqParameters())
            keys << key;
        for (const char* k : {"host", "port", "dbname", "user", "sslmode", "connect_timeout", "application_name"})
            QVERIFY2(keys.contains(QLatin1String(k)), k);
    }

    void plaintextToAnotherMachineIsAWarning()
    {
        for (const char* mode : {"disable", "allow", "prefer"}) {
            auto a =
                PgAddress::parse(QStringLiteral("postgresql://me@db.example.com/db?sslmode=") + QLatin1String(mode));
            QVERIFY(a);
            QCOMPARE(a->warnings().size(), 1);
            QVERIFY(a->warnings().first().contains(QLatin1String("unencrypted")));
        }
        auto local = PgAddress::parse(QStringLiteral("postgresql://me@localhost/db?sslmode=disable"));
        QVERIFY(local && local->warnings().isEmpty());
    }

    void dangerousAddressesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("words");
        QTest::newRow("host list") << "postgresql://me@a,b/db"
                                   << "more than one server";
        QTest::newRow("host list with ports") << "postgresql://me@a:1,b:2/db"
                                              << "more than one server";
        QTest::newRow("host list in query") << "postgresql://me@/db?host=a,b"
                                            << "more than one server";
        QTest::newRow("hostaddr") << "postgresql://me@a/db?hostaddr=10.0.0.1"
                                  << "hostaddr";
        QTest::newRow("service") << "postgresql://me@a/db?service=prod"
                                 << "service";
        QTest::newRow("options") << "postgresql://me@a/db?options=-c%20role%3Dadmin"
                                 << "options";
        QTest::newRow("target_session_attrs") << "postgresql://me@a/db?target_session_attrs=any"
                                              << "target_session";
        QTest::newRow("bad port") << "postgresql://me@a:99999/db"
                                  << "port";
        QTest::newRow("port text") << "postgresql://me@a:x/db"
                                   << "port";
        QTest::newRow("bad sslmode") << "postgresql://me@a/db?sslmode=maybe"
                                     << "sslmode";
        QTest::newRow("line break") << "postgresql://me@a/db%0Aevil"
                                    << "control character";
        QTest::newRow("nul") << "postgresql://me@a/db%00x"
                             << "control character";
        QTest::newRow("timeout") << "postgresql://me@a/db?connect_timeout=0"
                                 << "connect_timeout";
        QTest::newRow("ipv6 unclosed") << "postgresql://me@[::1/db"
                                       << "']'";
        QTest::newRow("not an address") << "/tmp/file.db"
                                        << "not a PostgreSQL address";
        QTest::newRow("encoded host list") << "postgresql://me@a%2Cb/db"
                                           << "more than one server";
        QTest::newRow("encoded host list, socket") << "postgresql://me@%2Ftmp%2Ca/db"
                                                   << "more than one server";
        // A password with an unencoded '/', '?' or '#' is refused without a word of it in the message.
        QTest::newRow("slash in password") << "postgresql://me:pa/XyZq@h/db"
                                           << "not well formed";
        QTest::newRow("question mark in password") << "postgresql://me:pa?XyZq@h/db"
                                                   << "not well formed";
        QTest::newRow("hash in password") << "postgresql://me:pa#XyZq@h/db"
                                          << "not well formed";
        QTest::newRow("digits then slash") << "postgresql://me:12/XyZq@h/db"
                                           << "not well formed";
    }

    void dangerousAddressesAreRefusedWithAReason()
    {
        QFETCH(QString, address);
        QFETCH(QString, words);
        auto a = PgAddress::parse(address);
        QVERIFY2(!a, qPrintable(address));
        QCOMPARE(a.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(a.error().toText().contains(words), qPrintable(a.error().toText()));
        QVERIFY(!a.error().hint.isEmpty());
        if (address.contains(QLatin1String(":pa")) || address.contains(QLatin1String(":12/")))
            QVERIFY2(!a.error().toText().contains(QLatin1String("XyZq")), qPrintable(a.error().toText()));
    }

    void optionsAfterTheAddressMayHoldAnAt()
    {
        auto a = PgAddress::parse(QStringLiteral("postgresql://me@h:5432/db?passfile=/home/a@b/pgpass"));
        QVERIFY2(a, qPrintable(a ? QString() : a.error().toText()));
        QCOMPARE(a->passFile, QStringLiteral("/home/a@b/pgpass"));
        auto encoded = PgAddress::parse(QStringLiteral("postgresql://me:pa%2Fss%3F%23@h/db"));
        QVERIFY(encoded);
        QCOMPARE(encoded->password, QStringLiteral("pa/ss?#"));
    }

    void thePasswordNeverShows()
    {
        auto a = PgAddress::parse(QStringLiteral("postgresql://me:s3cr%21t@db.example.com/db?sslmode=require"));
        QVERIFY(a);
        QVERIFY(a->passwordInAddress);
        QCOMPARE(a->password, QStringLiteral("s3cr!t"));
        QVERIFY(!a->canonical().contains(QLatin1String("s3cr")));
        QVERIFY(!a->displayName().contains(QLatin1String("s3cr")));
        for (const auto& [key, value] : a->libpqParameters())
            QVERIFY2(!value.contains(QLatin1String("s3cr")) && key != QLatin1String("password"), qPrintable(key));
        QVERIFY(!normalizedLocation(QStringLiteral("postgresql://me:s3cr%21t@db.example.com/db")).contains("s3cr"));
    }

    void aPasswordFileOthersCanReadIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pgpass"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("*:*:*:me:pw\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        auto a = PgAddress::parse(QStringLiteral("postgresql://me@localhost/db?passfile=") + file);
        QVERIFY(a);
        auto check = a->checkPassFile();
        QVERIFY(!check);
        QCOMPARE(check.error().code, ErrorCode::Configuration);
        QVERIFY(check.error().hint.contains(QLatin1String("chmod 600")));
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(a->checkPassFile());
        auto missing = PgAddress::parse(QStringLiteral("postgresql://me@localhost/db?passfile=/nonexistent/pgpass"));
        QVERIFY(missing && !missing->checkPassFile());
    }

    void theEngineFollowsTheLocation()
    {
        QCOMPARE(DatabaseEngine::forLocation(QStringLiteral("postgresql://me@h/db")).name(),
                 QStringLiteral("postgresql"));
        QCOMPARE(DatabaseEngine::forLocation(QStringLiteral("POSTGRES://me@h/db")).name(),
                 QStringLiteral("postgresql"));
        QCOMPARE(DatabaseEngine::forLocation(QStringLiteral("/tmp/postgresql.db")).name(), QStringLiteral("sqlite"));
        QCOMPARE(DatabaseEngine::postgres().quoteTable(QStringLiteral("sales.orders")),
                 QStringLiteral("\"sales\".\"orders\""));
        // Always schema-qualified: never through search_path.
        QCOMPARE(DatabaseEngine::postgres().quoteTable(QStringLiteral("we\"ird")),
                 QStringLiteral("\"public\".\"we\"\"ird\""));
    }

    // What trips the circuit: the server gone or full counts; a setup the user must fix never does; SQL never does.
    void failuresAreClassifiedForTheCircuit_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("counts");
        const int conn = int(ErrorCode::ConnectionFailed), config = int(ErrorCode::Configuration);
        // Connection failures come as text only (libpq and the server, in English).
        QTest::newRow("refused") << ""
                                 << "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n"
                                 << conn << true;
        QTest::newRow("starting") << ""
                                  << "FATAL:  the database system is starting up" << conn << true;
        QTest::newRow("shutting down") << ""
                                       << "FATAL:  the database system is shutting down" << conn << true;
        QTest::newRow("too many") << ""
                                  << "FATAL:  sorry, too many clients already" << conn << true;
        QTest::newRow("reserved") << ""
                                  << "FATAL:  remaining connection slots are reserved for non-replication superuser "
                                     "connections"
                                  << conn << true;
        QTest::newRow("terminated") << ""
                                    << "FATAL:  terminating connection due to administrator command" << conn << true;
        QTest::newRow("lost") << ""
                              << "server closed the connection unexpectedly" << conn << true;
        QTest::newRow("unknown") << ""
                                 << "connection failed: Der Server antwortet nicht" << conn << true;
        QTest::newRow("timeout") << ""
                                 << "timeout expired" << conn << true;
        QTest::newRow("password") << ""
                                  << "FATAL:  password authentication failed for user \"me\"" << config << false;
        QTest::newRow("no password") << ""
                                     << "fe_sendauth: no password supplied" << config << false;
        QTest::newRow("pg_hba") << ""
                                << "FATAL:  no pg_hba.conf entry for host \"10.0.0.2\", user \"me\"" << config << false;
        QTest::newRow("no database") << ""
                                     << "FATAL:  database \"shop\" does not exist" << config << false;
        QTest::newRow("no role") << ""
                                 << "FATAL:  role \"me\" does not exist" << config << false;
        QTest::newRow("tls") << ""
                             << "server does not support SSL, but SSL was required" << config << false;
        QTest::newRow("tls dropped") << ""
                                     << "SSL SYSCALL error: EOF detected" << conn << true;
        QTest::newRow("tls eof") << ""
                                 << "SSL error: unexpected eof while reading" << conn << true;
        QTest::newRow("no connect privilege") << ""
                                              << "FATAL:  permission denied for database \"shop\"" << config << false;
        QTest::newRow("role limit") << ""
                                    << "FATAL:  too many connections for role \"me\"" << config << false;
        QTest::newRow("datallowconn") << ""
                                      << "FATAL:  database \"shop\" is not currently accepting connections" << config
                                      << false;
        // Query errors carry their SQLSTATE.
        QTest::newRow("57P01") << "57P01"
                               << "terminating connection" << conn << true;
        QTest::newRow("57P03") << "57P03"
                               << "cannot connect now" << conn << true;
        QTest::newRow("53300") << "53300"
                               << "too many connections" << conn << true;
        QTest::newRow("08006") << "08006"
                               << "connection failure" << conn << true;
        QTest::newRow("28P01") << "28P01"
                               << "password" << config << false;
        QTest::newRow("3D000") << "3D000"
                               << "no such database" << config << false;
        QTest::newRow("syntax") << "42601"
                                << "syntax error at or near \"SELEC\"" << int(ErrorCode::SqlError) << false;
        QTest::newRow("unique") << "23505"
                                << "duplicate key value" << int(ErrorCode::Constraint) << false;
        QTest::newRow("read-only") << "25006"
                                   << "cannot execute INSERT in a read-only transaction" << int(ErrorCode::ReadOnly)
                                   << false;
        QTest::newRow("cancelled") << "57014"
                                   << "canceling statement due to user request" << int(ErrorCode::Cancelled) << false;
        QTest::newRow("lock") << "55P03"
                              << "could not obtain lock" << int(ErrorCode::Busy) << true;
        QTest::newRow("deadlock") << "40P01"
                                  << "deadlock detected" << int(ErrorCode::SqlError) << false;
        QTest::newRow("serialization") << "40001"
                                       << "could not serialize access" << int(ErrorCode::SqlError) << false;
    }

    void failuresAreClassifiedForTheCircuit()
    {
        QFETCH(QString, state);
        QFETCH(QString, message);
        QFETCH(int, code);
        QFETCH(bool, counts);
        const Error e = classifyPgError(state, message, QStringLiteral("postgresql://me@h:1/db"), state.isEmpty());
        QCOMPARE(int(e.code), code);
        QCOMPARE(countsAsCircuitFailure(e), counts);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.detail.contains(message.trimmed().left(20)));
    }

    void anUnknownFailureOfAServerThatAnswersIsTheSetUps()
    {
        const Error unknown =
            classifyPgError({}, QStringLiteral("FATAL:  Passwort-Authentifizierung fehlgeschlagen"), {}, true);
        QCOMPARE(unknown.code, ErrorCode::ConnectionFailed); // unknown words count ...
        const Error answered = unrecognisedButServerAnswers(unknown);
        QCOMPARE(answered.code, ErrorCode::Configuration); // ... unless the server answers a ping
        QVERIFY(!countsAsCircuitFailure(answered));
        const Error refused = classifyPgError({}, QStringLiteral("Connection refused"), {}, true);
        QCOMPARE(unrecognisedButServerAnswers(refused).code, ErrorCode::ConnectionFailed); // recognised: unchanged
    }

    void aWrongPasswordNeverTripsTheCircuit()
    {
        CircuitOptions o;
        o.failureThreshold = 3;
        CircuitBreaker breaker(o);
        for (int i = 0; i < 10; ++i)
            (void)breaker.execute([]() -> Result<void> {
                return classifyPgError({}, QStringLiteral("FATAL:  password authentication failed for user \"me\""), {},
                                       true);
            });
        QCOMPARE(breaker.state(), CircuitState::Closed);
        for (int i = 0; i < 3; ++i)
            (void)breaker.execute(
                []() -> Result<void> { return classifyPgError({}, QStringLiteral("Connection refused"), {}, true); });
        QCOMPARE(breaker.state(), CircuitState::Open);
    }
};

QTEST_GUILESS_MAIN(TestPgAddress)
#include "TestPgAddress.moc"
