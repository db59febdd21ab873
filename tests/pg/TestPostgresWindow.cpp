// The window on a database of a real PostgreSQL server: File → Connect to Server… with a password typed in the dialog,
// the Schema panel (schemas, materialized views, sequences, an INVALID index; the grid paged by primary key), the
// Health panel's server checks, the panels that cannot work on a server yet saying so, and the password nowhere but
// in memory. With STEWARD_SCREENSHOTS=DIR the window is saved there, panel by panel (the pictures in the docs).
#include "TestSupport.h"

#include "MainWindow.h"
#include "Settings.h"
#include "common/ConnectDialog.h"
#include "common/InlineBanner.h"
#include "db/Connection.h"
#include "db/PgAddress.h"
#include "models/HealthCheckModel.h"
#include "schema/SchemaPanel.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace steward;
using namespace steward::test;

class TestPostgresWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;
    QString m_adminUrl; // the test role's own database, with passfile=
    QString m_database;
    PgAddress m_address; // this run's database
    QString m_password;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    void script(const QString& url, const QString& sql)
    {
        auto c = Connection::open(url);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().toText()));
        auto r = c.value()->execScript(sql);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
    }

    void shoot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        const QString url = qEnvironmentVariable("STEWARD_PG_URL");
        if (url.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("STEWARD_PG_URL is not set: CI must start a PostgreSQL server (scripts/pg-server)");
            QSKIP("No PostgreSQL server: run the tests with scripts/test, which starts one (scripts/pg-server)");
        }
        qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8());
        prepareLibpqEnvironment();
        const QString passFile = qEnvironmentVariable("STEWARD_PG_PASSFILE");
        m_password = QString::fromUtf8(readFile(passFile)).trimmed().section(QLatin1Char(':'), 4);
        m_adminUrl = url + QStringLiteral("&passfile=") + passFile;
        m_database = QStringLiteral("steward_w_%1").arg(QRandomGenerator::global()->generate() % 1000000);
        script(m_adminUrl, QStringLiteral("CREATE DATABASE %1").arg(m_database));
        auto admin = PgAddress::parse(url);
        QVERIFY(admin);
        m_address = admin.value();
        m_address.database = m_database;
        const QString mine = m_address.canonical() + QStringLiteral("&passfile=") + passFile;
        script(mine,
               QStringLiteral("CREATE SCHEMA sales;"
                              "CREATE TABLE books (id bigserial PRIMARY KEY, title text NOT NULL);"
                              "INSERT INTO books (title) SELECT 'Book ' || g FROM generate_series(1, 1200) g;"
                              "CREATE TABLE sales.orders (region text, number int, PRIMARY KEY (region, number));"
                              "INSERT INTO sales.orders SELECT r, g FROM unnest(ARRAY['eu', 'us']) r, "
                              "  generate_series(1, 300) g;"
                              "CREATE MATERIALIZED VIEW sales.per_region AS SELECT region, count(*) FROM sales.orders "
                              "  GROUP BY region;"
                              "CREATE TABLE tags (v int); INSERT INTO tags VALUES (1), (1);"));
        auto c = Connection::open(mine);
        QVERIFY(c);
        QVERIFY(!c.value()->execScript(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY tags_v ON tags (v)")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (!m_database.isEmpty())
            if (auto c = Connection::open(m_adminUrl))
                (void)c.value()->execScript(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }

    void connectShowsTheServerInEveryPanel()
    {
        m_settings = std::make_unique<Settings>(m_data.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->resize(1152, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // File → Connect to Server…, filled as a person would, the password typed (not remembered).
        bool filled = false;
        m_window->setConnectHook([&](ConnectDialog& d) {
            d.findChild<QLineEdit*>("connectHost")->setText(m_address.host);
            d.findChild<QSpinBox*>("connectPort")->setValue(m_address.port);
            d.findChild<QLineEdit*>("connectDatabase")->setText(m_database);
            d.findChild<QLineEdit*>("connectUser")->setText(m_address.user);
            d.findChild<QLineEdit*>("connectPassword")->setText(m_password);
            QVERIFY(!d.findChild<QCheckBox*>("connectRemember")->isChecked());
            const QString preview = d.findChild<QLabel*>("connectPreview")->text();
            QVERIFY2(preview.startsWith(QLatin1String("postgresql://")) && !preview.contains(m_password),
                     qPrintable(preview));
            QVERIFY(d.findChild<QLabel*>("connectWarning")->isHidden()); // 127.0.0.1: plaintext is fine
            d.findChild<QPushButton*>("connectButton")->click();
            filled = true;
        });
        m_window->findChild<QAction*>("actionConnect")->trigger();
        QVERIFY(filled);
        // Reached in a job ("Connecting to …"), then opened.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace() != nullptr, 20000);
        Workspace* ws = m_window->workspace();
        QVERIFY(!ws->path().contains(m_password));
        QVERIFY(m_window->windowTitle().startsWith(m_database + QStringLiteral(" on ")));

        // Schema: the server's objects by kind, the INVALID index marked, the grid paged by the primary key.
        auto* tree = m_window->findChild<QTreeView*>("schemaTree");
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() >= 6, 20000);
        QStringList groups, items;
        for (int g = 0; g < tree->model()->rowCount(); ++g) {
            const QModelIndex group = tree->model()->index(g, 0);
            groups << group.data().toString();
            for (int r = 0; r < tree->model()->rowCount(group); ++r)
                items << tree->model()->index(r, 0, group).data().toString();
        }
        QVERIFY2(groups.contains(QStringLiteral("Tables (3)")), qPrintable(groups.join('|')));
        QVERIFY2(groups.contains(QStringLiteral("Materialized views (1)")), qPrintable(groups.join('|')));
        QVERIFY2(groups.contains(QStringLiteral("Sequences (1)")), qPrintable(groups.join('|')));
        for (const char* item : {"books", "sales.orders", "sales.per_region", "tags_v (INVALID)", "books_id_seq"})
            QVERIFY2(items.contains(QLatin1String(item)), item);
        auto* panel = m_window->findChild<SchemaPanel*>();
        QVERIFY(panel->selectObject(QStringLiteral("sales.orders")));
        auto* grid = m_window->findChild<QTableView*>("dataGrid");
        QTRY_VERIFY_WITH_TIMEOUT(grid->model()->rowCount() > 0, 20000);
        QCOMPARE(grid->model()->index(0, 0).data().toString(), QStringLiteral("eu"));
        // Further pages follow by key (each read in a job) until all 600 rows are in.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                grid->model()->fetchMore({});
                return grid->model()->rowCount() == 600 && !grid->model()->canFetchMore({});
            }(),
            20000);
        QTRY_COMPARE_WITH_TIMEOUT(grid->model()->rowCount(), 600, 20000);
        QCOMPARE(grid->model()->index(599, 0).data().toString(), QStringLiteral("us"));
        QCOMPARE(grid->model()->index(599, 1).data().toInt(), 300);
        QTRY_VERIFY(m_window->findChild<QLabel*>("statusJournal")->text().startsWith(QLatin1String("PostgreSQL 15.")));
        QVERIFY(panel->selectObject(QStringLiteral("books")));
        QTRY_VERIFY_WITH_TIMEOUT(grid->model()->rowCount() > 0 &&
                                     grid->model()->index(0, 1).data().toString() == QLatin1String("Book 1"),
                                 20000);
        shoot(QStringLiteral("pg-schema.png"));

        // Health: the server's checks.
        auto* tabs = m_window->tabs();
        tabs->setCurrentWidget(m_window->panel(QStringLiteral("healthPanel")));
        auto* health = m_window->panel(QStringLiteral("healthPanel"));
        health->findChild<QPushButton*>("healthCheckNow")->click();
        auto* checks = health->findChild<QTableView*>();
        QVERIFY(checks);
        auto ids = [&] {
            QStringList out;
            for (int r = 0; r < checks->model()->rowCount(); ++r)
                out << checks->model()->index(r, 0).data(HealthCheckModel::IdRole).toString();
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ids().contains(QStringLiteral("connections")), 20000);
        for (const char* id : {"reachable", "connections", "sessions", "recovery", "integrity", "pg-stat-statements",
                               "backup", "circuit"})
            QVERIFY2(ids().contains(QLatin1String(id)), id);
        QCOMPARE(health->findChild<QLabel*>("healthSummary")->text(), QStringLiteral("Degraded"));
        QCOMPARE(health->findChild<QLabel*>("circuitState")->text(), QStringLiteral("CLOSED"));
        QVERIFY(!ids().contains(QStringLiteral("slow-queries"))); // not traced on a server: pg_stat_statements is
        QTRY_VERIFY_WITH_TIMEOUT(
            !health->findChild<QLabel*>("healthChecked")->text().contains(QLatin1String("Checking")), 20000);
        shoot(QStringLiteral("pg-health.png"));

        // Migrations: says plainly that this is not there yet, instead of failing on a file that does not exist.
        tabs->setCurrentWidget(m_window->panel(QStringLiteral("migrationsPanel")));
        auto* details =
            m_window->panel(QStringLiteral("migrationsPanel"))->findChild<QPlainTextEdit*>("migrationDetails");
        QVERIFY(details);
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QLatin1String("PostgreSQL")), 20000);
        QVERIFY(!details->toPlainText().contains(QLatin1String("does not exist")));
        shoot(QStringLiteral("pg-migrations.png"));

        // The password is in memory only: not in the settings (the recent list), the log or the audit trail.
        m_window.reset();
        m_settings->sync();
        QVERIFY(
            m_settings->stringListValue(SettingKey::RecentFiles).first().startsWith(QLatin1String("postgresql://")));
        QDirIterator it(m_data.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            ++files;
            QVERIFY2(!readFile(file).contains(m_password.toUtf8()), qPrintable(file));
        }
        QVERIFY(files >= 1);
    }

    void aWrongPasswordIsSaidAndOffersToTypeItAgain()
    {
        m_settings = std::make_unique<Settings>(m_data.filePath(QStringLiteral("settings2.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QString url = m_address.canonical();
        url.replace(QLatin1String("steward@"), QLatin1String("steward:wrong-password@"));
        QVERIFY(!m_window->openDatabase(url));
        auto* banner = m_window->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        const QString text = banner->text();
        QVERIFY2(text.contains(QLatin1String("refused the password")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("wrong-password")));
        QVERIFY(!m_window->workspace());
        bool asked = false;
        m_window->setConnectHook([&](ConnectDialog& d) {
            asked = true;
            QCOMPARE(d.findChild<QLineEdit*>("connectDatabase")->text(), m_database); // filled from the address
            d.reject();
        });
        QPushButton* action = nullptr;
        for (auto* b : banner->findChildren<QPushButton*>())
            if (b->text().contains(QLatin1String("password")))
                action = b;
        QVERIFY(action);
        action->click();
        QVERIFY(asked);
    }
};

QTEST_MAIN(TestPostgresWindow)
#include "TestPostgresWindow.moc"
