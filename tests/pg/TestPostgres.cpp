// A database on a real PostgreSQL 15 server (scripts/pg-server, started by scripts/test and .ci/run): opening it,
// what Steward reads from it, the CLI against it, and what trips the circuit — a wrong password never does, a server
// that is full or gone does, and a server back again closes it. The server's address comes from STEWARD_PG_URL; in
// CI (CI set) a missing server fails the test instead of skipping it.
#include "TestSupport.h"

#include "AppPaths.h"
#include "Logging.h"
#include "Settings.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "db/PgAddress.h"
#include "db/PostgresEngine.h"
#include "db/TableReader.h"
#include "health/CircuitBreaker.h"
#include "health/HealthCheck.h"
#include "health/HealthMonitor.h"
#include "workspace/Workspace.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <thread>

using namespace steward;
using namespace steward::test;

class TestPostgres : public QObject {
    Q_OBJECT
    QString m_serverUrl; // the test role's database, as scripts/pg-server wrote it
    QString m_passFile;
    QString m_database; // this run's own database
    QString m_url;      // m_database's address, with passfile= so that Steward's own connections find the password
    QTemporaryDir m_data;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    static QString withDatabase(const QString& url, const QString& database)
    {
        QString u = url;
        const int slash = u.indexOf(QLatin1Char('/'), u.indexOf(QLatin1String("://")) + 3);
        const int query = u.indexOf(QLatin1Char('?'));
        return u.left(slash + 1) + database + (query >= 0 ? u.mid(query) : QString());
    }

    QString password() const
    {
        const QString line = QString::fromUtf8(readFile(m_passFile)).trimmed();
        return line.section(QLatin1Char(':'), 4);
    }

    std::unique_ptr<Connection> open(const QString& url, bool readOnly = false)
    {
        OpenOptions o;
        o.readOnly = readOnly;
        auto c = Connection::open(url, o);
        if (!c) {
            qWarning("%s", qPrintable(c.error().toText() + QLatin1Char(' ') + c.error().detail));
            return {};
        }
        return std::move(c.value());
    }

    void script(const QString& url, const QString& sql)
    {
        auto c = open(url);
        QVERIFY(c);
        auto r = c->execScript(sql);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toText() + r.error().detail));
    }

    Run cli(const QStringList& args, const QMap<QString, QString>& extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_DATA_DIR"), m_data.path());
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(binaryPath(QStringLiteral("steward-cli")), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    void pgServer(const QString& action)
    {
        QProcess p;
        p.start(QStringLiteral("bash"),
                {qEnvironmentVariable("STEWARD_PG_SCRIPT"), action, qEnvironmentVariable("STEWARD_PG_SERVER")});
        QVERIFY(p.waitForFinished(90000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

private slots:
    void initTestCase()
    {
        m_serverUrl = qEnvironmentVariable("STEWARD_PG_URL");
        m_passFile = qEnvironmentVariable("STEWARD_PG_PASSFILE");
        if (m_serverUrl.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("STEWARD_PG_URL is not set: CI must start a PostgreSQL server (scripts/pg-server)");
            QSKIP("No PostgreSQL server: run the tests with scripts/test, which starts one (scripts/pg-server)");
        }
        QVERIFY(m_data.isValid());
        qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8());
        logging::init(AppPaths::logDir());
        prepareLibpqEnvironment();
        m_serverUrl += QStringLiteral("&passfile=") + m_passFile;
        m_database = QStringLiteral("steward_t_%1").arg(QRandomGenerator::global()->generate() % 1000000);
        script(m_serverUrl, QStringLiteral("CREATE DATABASE %1").arg(m_database));
        m_url = withDatabase(m_serverUrl, m_database);
        // An application's schema: two schemas, a table with a primary key, a view, a materialized view, a sequence,
        // a function, a trigger, an index, and an index a failed concurrent build left INVALID.
        script(m_url, QStringLiteral(
                          "CREATE SCHEMA sales;"
                          "CREATE TABLE items (id bigserial PRIMARY KEY, name text NOT NULL, qty int DEFAULT 0);"
                          "INSERT INTO items (name, qty) SELECT 'item ' || g, g FROM generate_series(1, 50) g;"
                          "CREATE TABLE sales.orders (region text, number int, item bigint REFERENCES items, "
                          "  PRIMARY KEY (region, number));"
                          "INSERT INTO sales.orders VALUES ('eu', 1, 1), ('eu', 2, 2), ('us', 1, 1);"
                          "CREATE VIEW cheap AS SELECT * FROM items WHERE qty < 10;"
                          "CREATE MATERIALIZED VIEW sales.totals AS SELECT region, count(*) FROM sales.orders "
                          "  GROUP BY region;"
                          "CREATE SEQUENCE invoice_numbers;"
                          "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
                          "  $$BEGIN NEW.qty := coalesce(NEW.qty, 0); RETURN NEW; END$$;"
                          "CREATE TRIGGER items_touch BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION touch();"
                          "CREATE INDEX items_name ON items (name);"
                          "CREATE TABLE dupes (v int); INSERT INTO dupes VALUES (1), (1);"
                          // Keys that lose precision or move by a time zone when round-tripped through QVariant.
                          "CREATE TABLE events (at timestamp, amount numeric(30, 10), PRIMARY KEY (at, amount));"
                          "INSERT INTO events SELECT timestamp '2026-01-01 00:00:00' + g * interval '1 microsecond', "
                          "  12345678901234567890.0000000001 + g FROM generate_series(1, 700) g;"
                          // A table of the same name in the schema search_path puts first ("$user").
                          "CREATE SCHEMA steward; CREATE TABLE steward.items (id int);"));
        auto c = open(m_url);
        QVERIFY(c);
        auto failed = c->execScript(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY dupes_v ON dupes (v)"));
        QVERIFY(!failed); // 23505: the build fails and leaves the index INVALID
        QCOMPARE(failed.error().code, ErrorCode::Constraint);
    }

    void cleanupTestCase()
    {
        if (m_database.isEmpty())
            return;
        auto c = open(m_serverUrl);
        if (c)
            (void)c->execScript(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }

    void openReadsTheServerAndTheSchema()
    {
        auto c = open(m_url);
        QVERIFY(c);
        QCOMPARE(c->engine().name(), QStringLiteral("postgresql"));
        QVERIFY(!c->path().contains(password()));
        auto info = c->engine().info(*c, true);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toText()));
        QVERIFY2(info->serverVersion.startsWith(QLatin1String("15.")), qPrintable(info->serverVersion));
        QCOMPARE(info->databaseName, m_database);
        QCOMPARE(info->user, QStringLiteral("steward"));
        QVERIFY(info->databaseSize > 1'000'000);
        QVERIFY(info->connections >= 1);
        QCOMPARE(info->maxConnections, 20);
        QVERIFY(!info->inRecovery);
        QVERIFY(info->extensions.join(' ').contains(QLatin1String("plpgsql")));
        QMap<QString, qint64> rows;
        for (const auto& t : info->tables)
            rows[t.name] = t.rowCount;
        QCOMPARE(rows.value(QStringLiteral("items")), 50);
        QCOMPARE(rows.value(QStringLiteral("sales.orders")), 3);
        QCOMPARE(rows.value(QStringLiteral("dupes")), 2);

        auto objects = c->engine().schemaObjects(*c);
        QVERIFY(objects);
        QMap<QString, SchemaObject> byName;
        for (const auto& o : objects.value())
            byName[schemaObjectTypeName(o.type) + QLatin1Char(' ') + o.name] = o;
        for (const char* expected :
             {"table items", "table sales.orders", "view cheap", "materialized view sales.totals",
              "sequence invoice_numbers", "sequence items_id_seq", "function touch()", "trigger items_touch",
              "index items_name", "index items_pkey", "index dupes_v"})
            QVERIFY2(byName.contains(QLatin1String(expected)), expected);
        QVERIFY(byName.value(QStringLiteral("index dupes_v")).invalid);
        QVERIFY(!byName.value(QStringLiteral("index items_name")).invalid);
        QCOMPARE(byName.value(QStringLiteral("index items_name")).table, QStringLiteral("items"));
        QCOMPARE(byName.value(QStringLiteral("trigger items_touch")).table, QStringLiteral("items"));
        QVERIFY(byName.value(QStringLiteral("view cheap")).sql.contains(QLatin1String("qty < 10")));

        auto columns = c->engine().columns(*c, QStringLiteral("sales.orders"));
        QVERIFY(columns);
        QCOMPARE(columns->size(), 3);
        QCOMPARE(columns->at(0).name, QStringLiteral("region"));
        QCOMPARE(columns->at(0).primaryKeyPosition, 1);
        QCOMPARE(columns->at(1).primaryKeyPosition, 2);
        QCOMPARE(columns->at(2).primaryKeyPosition, 0);
        auto itemColumns = c->engine().columns(*c, QStringLiteral("items"));
        QVERIFY(itemColumns);
        QVERIFY(itemColumns->at(0).defaultValue.contains(QLatin1String("nextval")));
        QVERIFY(itemColumns->at(1).notNull);

        auto problems = c->engine().integrityCheck(*c, true);
        QVERIFY(problems);
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().contains(QLatin1String("dupes_v")));
    }

    void aScriptFailingLaterFailsAndChangesNothing()
    {
        auto c = open(m_url);
        QVERIFY(c);
        auto r = c->execScript(QStringLiteral("INSERT INTO public.items (name) VALUES ('never'); SELECT 1 / 0;"));
        QVERIFY(!r); // the second statement's error, not the first one's success
        QCOMPARE(r.error().sqlState, QStringLiteral("22012"));
        auto n = c->engine().rowCount(*c, QStringLiteral("items"));
        QVERIFY(n);
        QCOMPARE(n.value(), 50); // the script ran as one implicit transaction: nothing stayed
    }

    void tablesArePagedExactlyByTheirKey()
    {
        auto c = open(m_url);
        QVERIFY(c);
        // "items" is public.items (50 rows), never steward.items (0 rows), though search_path puts "$user" first.
        QCOMPARE(c->engine().rowCount(*c, QStringLiteral("items")).value(), 50);
        TableReader first(*c, QStringLiteral("events"));
        QVERIFY(first.prepare());
        TableReader::Cursor cursor = first.cursor();
        int rows = 0;
        for (int page = 0; page < 10 && !cursor.atEnd; ++page) {
            // Each page on a connection of its own, from the cursor, as the grid reads them.
            auto other = open(m_url);
            QVERIFY(other);
            TableReader next(*other, QStringLiteral("events"), cursor);
            auto got = next.next(256);
            QVERIFY2(got, qPrintable(got ? QString() : got.error().toText()));
            for (const auto& row : got.value()) {
                ++rows;
            }
            cursor = next.cursor();
        }
        QVERIFY(cursor.atEnd);
        // Every row once: a key round-tripped through QVariant (milliseconds, a double) would repeat or skip rows of
        // this table, whose 700 keys share one millisecond and differ beyond a double's precision.
        QCOMPARE(rows, 700);
    }

    // Cancel reaches the server (PQcancel on the connection's PGconn): a long statement ends at once, as Cancelled.
    void cancelStopsAStatementOnTheServer()
    {
        auto c = open(m_url);
        QVERIFY(c);
        const std::function<void()> cancel = c->engine().interrupter(*c);
        std::atomic<bool> cancelled{false};
        std::thread canceller([&] {
            auto watcher = Connection::open(m_url);
            if (!watcher)
                return;
            // Waits until the server runs the statement, then cancels it (no sleep: it asks the server).
            for (int i = 0; i < 100000; ++i) {
                auto n = watcher.value()->scalar(QStringLiteral(
                    "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND wait_event = 'PgSleep'"));
                if (n && n->toInt() > 0) {
                    cancel();
                    cancelled = true;
                    return;
                }
            }
        });
        QElapsedTimer timer;
        timer.start();
        auto r = c->scalar(QStringLiteral("SELECT pg_sleep(30)"));
        canceller.join();
        QVERIFY(cancelled);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY2(timer.elapsed() < 20000, "the statement ran to its end");
        QVERIFY(c->scalar(QStringLiteral("SELECT 1"))); // the connection is still usable
    }

    void aReadOnlyOpenWritesNothing()
    {
        auto c = open(m_url, true);
        QVERIFY(c);
        QVERIFY(c->isReadOnly());
        auto r = c->exec(QStringLiteral("INSERT INTO public.items (name) VALUES ('x')"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ReadOnly);
        auto n = c->engine().rowCount(*c, QStringLiteral("items"));
        QVERIFY(n);
        QCOMPARE(n.value(), 50);
    }

    // What the CLI prints, with libpq's environment variables set to send it elsewhere: Steward ignores them.
    void theCliShowsTheServerWhateverTheEnvironmentSays()
    {
        const QString url = withDatabase(qEnvironmentVariable("STEWARD_PG_URL"), m_database);
        const QMap<QString, QString> env{{"PGPASSFILE", m_passFile},
                                         {"PGHOSTADDR", "192.0.2.1"},
                                         {"PGPORT", "1"},
                                         {"PGDATABASE", "elsewhere"},
                                         {"PGSSLMODE", "require"},
                                         {"PGOPTIONS", "-c default_transaction_read_only=on"},
                                         {"PGCONNECT_TIMEOUT", "1"}};
        auto info = cli({"--db", url, "--json", "info"}, env);
        QVERIFY2(info.code == 0, qPrintable(info.err));
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o["engine"].toString(), QStringLiteral("postgresql"));
        QCOMPARE(o["database"].toString(), m_database);
        QVERIFY(o["server_version"].toString().startsWith(QLatin1String("15.")));
        QCOMPARE(o["max_connections"].toInt(), 20);
        QVERIFY(!o["in_recovery"].toBool());
        QStringList tables;
        for (const auto& t : o["tables"].toArray())
            tables << t.toObject()["name"].toString();
        QVERIFY2(tables.contains("items") && tables.contains("sales.orders"), qPrintable(tables.join(',')));

        auto text = cli({"--db", url, "info"}, env);
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QLatin1String("PostgreSQL 15.")));

        auto health = cli({"--db", url, "--json", "health"}, env);
        QVERIFY2(health.code == 4 || health.code == 0, qPrintable(health.err + health.out)); // no backup: degraded
        const QJsonObject h = QJsonDocument::fromJson(health.out.toUtf8()).object();
        QMap<QString, QString> status;
        for (const auto& c : h["checks"].toArray())
            status[c.toObject()["id"].toString()] = c.toObject()["status"].toString();
        QCOMPARE(status.value("reachable"), QStringLiteral("ok"));
        QCOMPARE(status.value("connections"), QStringLiteral("ok"));
        QCOMPARE(status.value("sessions"), QStringLiteral("ok"));
        QCOMPARE(status.value("recovery"), QStringLiteral("ok"));
        QCOMPARE(status.value("integrity"), QStringLiteral("warn")); // the INVALID index
        QVERIFY(status.contains("pg-stat-statements"));
        QCOMPARE(status.value("circuit"), QStringLiteral("ok"));
        QCOMPARE(h["status"].toString(), QStringLiteral("degraded"));
        QVERIFY(!health.out.contains(password()));
    }

    void commandsNotYetBuiltForAServerSaySo()
    {
        const QString url = withDatabase(qEnvironmentVariable("STEWARD_PG_URL"), m_database);
        auto r = cli({"--db", url, "backup", "list"}, {{"PGPASSFILE", m_passFile}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("PostgreSQL")), qPrintable(r.err));
    }

    void aWrongPasswordIsClearAndNeverTrips()
    {
        QTemporaryDir dir;
        const QString wrong = dir.filePath(QStringLiteral("pgpass"));
        writeFile(wrong, "*:*:*:steward:not-the-password-4711\n");
        QVERIFY(QFile::setPermissions(wrong, QFile::ReadOwner | QFile::WriteOwner));
        const QString url = withDatabase(qEnvironmentVariable("STEWARD_PG_URL"), m_database);
        auto r = cli({"--db", url, "info"}, {{"PGPASSFILE", wrong}});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("refused the password")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("4711")));

        CircuitOptions options;
        options.failureThreshold = 2;
        CircuitBreaker breaker(options);
        const QString inProcess = url + QStringLiteral("&passfile=") + wrong;
        for (int i = 0; i < 5; ++i) {
            auto c = breaker.execute([&]() -> Result<void> {
                auto opened = Connection::open(inProcess);
                if (!opened)
                    return opened.error();
                return {};
            });
            QVERIFY(!c);
            QCOMPARE(c.error().code, ErrorCode::Configuration);
        }
        QCOMPARE(breaker.state(), CircuitState::Closed);
    }

    // A password given in the address (the GUI's way) is used, and never written to the log, the audit trail or
    // Steward's settings; on the command line the CLI refuses it.
    void thePasswordNeverLeavesMemory()
    {
        auto a = PgAddress::parse(withDatabase(qEnvironmentVariable("STEWARD_PG_URL"), m_database));
        QVERIFY(a);
        const QString pw = password();
        QVERIFY(pw.size() >= 12);
        QString url = a->canonical();
        url.replace(QLatin1String("steward@"), QStringLiteral("steward:%1@").arg(pw));
        auto c = open(url);
        QVERIFY(c);
        QVERIFY(!c->path().contains(pw));
        {
            Settings settings;
            Workspace workspace(url, settings);
            QVERIFY(!workspace.path().contains(pw));
            (void)workspace.runHealthCheck(false); // audited
        }
        auto refused = cli({"--db", url, "info"});
        QCOMPARE(refused.code, 2);
        QVERIFY(!refused.err.contains(pw));
        logging::logger()->flush();
        QDirIterator it(m_data.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            ++files;
            QVERIFY2(!readFile(file).contains(pw.toUtf8()), qPrintable(file));
        }
        QVERIFY(files >= 2); // the log and the audit store at least
    }

    void aFullServerTripsTheCircuit()
    {
        CircuitOptions options;
        options.failureThreshold = 2;
        CircuitBreaker breaker(options);
        std::vector<std::unique_ptr<Connection>> held;
        Error refused;
        for (int i = 0; i < 40 && refused.message.isEmpty(); ++i) {
            auto c = breaker.execute([&]() -> Result<void> {
                auto opened = Connection::open(m_url);
                if (!opened)
                    return opened.error();
                held.push_back(std::move(opened.value()));
                return {};
            });
            if (!c)
                refused = c.error();
        }
        QVERIFY2(!refused.message.isEmpty(), "max_connections was never reached");
        QCOMPARE(refused.code, ErrorCode::ConnectionFailed);
        QCOMPARE(refused.sqlState, QStringLiteral("53300"));
        QVERIFY(held.size() >= 10);
        (void)breaker.execute([&]() -> Result<void> {
            auto opened = Connection::open(m_url);
            if (!opened)
                return opened.error();
            return {};
        });
        QCOMPARE(breaker.state(), CircuitState::Open);
        // The next test needs connections again: wait until the server has let these go.
        held.clear();
        QTRY_VERIFY_WITH_TIMEOUT(bool(Connection::open(m_url)), 10000);
    }

    // Last: the server is stopped at once (a crash) and started again; the circuit opens, then closes by itself.
    void aServerGoneOpensTheCircuitAndItsReturnClosesIt()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        CircuitOptions options;
        options.failureThreshold = 2;
        options.successThreshold = 1;
        options.openTimeoutMs = 1000;
        CircuitBreaker breaker(options, clock);
        auto held = open(m_url);
        QVERIFY(held);
        pgServer(QStringLiteral("kill"));
        auto lost = held->scalar(QStringLiteral("SELECT 1"));
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, ErrorCode::ConnectionFailed);
        QVERIFY(countsAsCircuitFailure(lost.error()));
        auto tryOpen = [&]() -> Result<void> {
            auto opened = Connection::open(m_url);
            if (!opened)
                return opened.error();
            return {};
        };
        for (int i = 0; i < 2; ++i) {
            auto r = breaker.execute(tryOpen);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::ConnectionFailed);
        }
        QCOMPARE(breaker.state(), CircuitState::Open);
        HealthInputs in;
        in.databasePath = m_url;
        const HealthReport down = runHealthChecks(in, breaker, clock);
        QVERIFY(!down.reachable);
        QCOMPARE(down.overall, OverallHealth::Unhealthy);

        // The window's way: a health monitor notices, opens its circuit, and, once the server is back, closes it by
        // itself (backoff checks, no one presses anything).
        CircuitOptions realOptions;
        realOptions.failureThreshold = 2;
        realOptions.successThreshold = 1;
        realOptions.openTimeoutMs = 200;
        CircuitBreaker watched(realOptions);
        HealthMonitor monitor(in, watched);
        monitor.setIntervalMs(60000);
        monitor.setBackoff(50, 300);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(watched.state() == CircuitState::Open, 20000);
        QVERIFY(monitor.hasReport() && !monitor.latest().reachable);

        pgServer(QStringLiteral("restart"));
        QTRY_VERIFY_WITH_TIMEOUT(watched.state() == CircuitState::Closed && monitor.latest().reachable, 30000);
        monitor.stop();
        clock.advance(std::chrono::milliseconds(1500));
        auto back = breaker.execute(tryOpen);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toText()));
        QCOMPARE(breaker.state(), CircuitState::Closed);
        const HealthReport up = runHealthChecks(in, breaker, clock);
        QVERIFY(up.reachable);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "TestPostgres.moc"
