// The SQL console's connection on its own thread: statement splitting, lazy results, writes in a transaction,
// a failing text that changes nothing, the error's position, cancel, and tracing.
#include "TestSupport.h"

#include "db/Connection.h"
#include "db/ConsoleSession.h"
#include "monitor/QueryMonitor.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::test;

class TestConsoleSession : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<ConsoleSession> m_console;

    ConsoleResult runAndWait(const QString& sql, int pageSize = 1000)
    {
        QSignalSpy spy(m_console.get(), &ConsoleSession::finished);
        const quint64 id = m_console->run(sql, pageSize);
        // The console's thread may emit before a wait() would start: wait for the spy to fill instead.
        if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 30000))
            return {};
        auto r = spy.takeFirst().at(0).value<ConsoleResult>();
        if (r.runId != id)
            qWarning("unexpected run id");
        return r;
    }

    ConsoleResult endAndWait(bool commit)
    {
        QSignalSpy spy(m_console.get(), &ConsoleSession::finished);
        commit ? m_console->commit() : m_console->rollback();
        if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 30000))
            return {};
        return spy.takeFirst().at(0).value<ConsoleResult>();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = createSampleDatabase(m_dir->path(), "console.db", 2500);
        auto c = ConsoleSession::open(m_db, {});
        QVERIFY2(c, c ? "" : qPrintable(c.error().toText()));
        m_console = std::move(c.value());
    }
    void cleanup() { m_console.reset(); }

    void splitsWhereSqliteSeesAStatement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("statements");
        QTest::addRow("two") << "SELECT 1; SELECT 2;" << QStringList{"SELECT 1;", "SELECT 2;"};
        QTest::addRow("no final semicolon") << "SELECT 1;\n\nSELECT 2" << QStringList{"SELECT 1;", "SELECT 2"};
        QTest::addRow("semicolon in a string") << "SELECT ';'; SELECT 2;" << QStringList{"SELECT ';';", "SELECT 2;"};
        QTest::addRow("semicolon in a comment")
            << "SELECT 1 -- a;b\n; SELECT 2;" << QStringList{"SELECT 1 -- a;b\n;", "SELECT 2;"};
        QTest::addRow("trigger body")
            << "CREATE TRIGGER t AFTER INSERT ON items BEGIN SELECT 1; SELECT 2; END; SELECT 3;"
            << QStringList{"CREATE TRIGGER t AFTER INSERT ON items BEGIN SELECT 1; SELECT 2; "
                           "END;",
                           "SELECT 3;"};
        QTest::addRow("only comments") << "-- nothing\n/* here */;" << QStringList{};
        QTest::addRow("empty statements") << ";;  ; SELECT 1;" << QStringList{"SELECT 1;"};
    }

    void splitsWhereSqliteSeesAStatement()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, statements);
        QStringList got;
        for (const auto& r : splitStatements(text))
            got << text.mid(r.start, r.end - r.start);
        QCOMPARE(got, statements);
    }

    void statementUnderTheCursor()
    {
        const QString text = QStringLiteral("SELECT 1;\n  SELECT 2;  \n\nSELECT 3");
        const auto at = [&](int cursor) {
            const auto r = statementAt(text, cursor);
            return text.mid(r.start, r.end - r.start);
        };
        QCOMPARE(at(0), QStringLiteral("SELECT 1;"));
        QCOMPARE(at(9), QStringLiteral("SELECT 1;")); // right after its ';'
        QCOMPARE(at(int(text.indexOf("2"))), QStringLiteral("SELECT 2;"));
        QCOMPARE(at(int(text.indexOf("3")) - 3), QStringLiteral("SELECT 3"));
        QCOMPARE(at(int(text.size())), QStringLiteral("SELECT 3"));
        QVERIFY(statementAt(QStringLiteral("  \n"), 1).isEmpty());
    }

    void whichTextsWrite()
    {
        auto c = Connection::open(m_db);
        QVERIFY(c);
        QCOMPARE(statementsWrite(*c.value(), "SELECT * FROM items").value(), false);
        QCOMPARE(statementsWrite(*c.value(), "SELECT 1; DELETE FROM items WHERE id = 1").value(), true);
        QCOMPARE(statementsWrite(*c.value(), "CREATE TABLE t (x)").value(), true);
        QCOMPARE(statementsWrite(*c.value(), "SELEC oops").value(), false); // it fails when run, changing nothing
    }

    void resultsAreFetchedLazily()
    {
        auto r = runAndWait("SELECT id, name FROM items ORDER BY id", 1000);
        QVERIFY(!r.error);
        QCOMPARE(r.columns, (QStringList{"id", "name"}));
        QCOMPARE(r.rows.size(), 1000);
        QVERIFY(r.hasMore);
        QCOMPARE(r.statements.size(), 1);
        QVERIFY(r.statements[0].durationNs > 0);
        QSignalSpy more(m_console.get(), &ConsoleSession::rowsFetched);
        m_console->fetchMore(1000);
        QTRY_COMPARE(more.count(), 1);
        QCOMPARE(more.last().at(0).value<QVector<QVariantList>>().size(), 1000);
        QCOMPARE(more.last().at(1).toBool(), true);
        m_console->fetchMore(1000);
        QTRY_COMPARE(more.count(), 2);
        const auto last = more.last().at(0).value<QVector<QVariantList>>();
        QCOMPARE(last.size(), 500);
        QCOMPARE(last.last().at(0).toLongLong(), 2500);
        QCOMPARE(more.last().at(1).toBool(), false);
    }

    void writesStayInATransactionUntilCommitted()
    {
        const QByteArray before = fileHash(m_db);
        auto r = runAndWait("DELETE FROM items WHERE id <= 10; UPDATE items SET qty = 0 WHERE id = 11;");
        QVERIFY(!r.error);
        QCOMPARE(r.statements.size(), 2);
        QCOMPARE(r.statements[0].rowsChanged, 10);
        QCOMPARE(r.statements[1].rowsChanged, 1);
        QVERIFY(r.inTransaction);
        QCOMPARE(fileHash(m_db), before); // nothing reaches the file before commit
        auto rolled = endAndWait(false);
        QVERIFY(!rolled.error);
        QVERIFY(!rolled.inTransaction);
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM items"), QStringLiteral("2500"));
        QVERIFY(runAndWait("DELETE FROM items WHERE id <= 10").inTransaction);
        auto committed = endAndWait(true);
        QVERIFY(!committed.error);
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM items"), QStringLiteral("2490"));
    }

    void aFailingTextChangesNothingAndSaysWhere()
    {
        const QString text = QStringLiteral("DELETE FROM items WHERE id <= 10;\nSELECT * FROM itemz;");
        auto r = runAndWait(text);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ErrorCode::SqlError);
        QVERIFY(r.error->message.contains("itemz"));
        QCOMPARE(r.errorOffset, int(text.indexOf("itemz")));
        QVERIFY(r.undone);
        QVERIFY(endAndWait(true).statements.size() == 1);
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM items"), QStringLiteral("2500"));

        auto syntax = runAndWait("SELECT 1;\nSELEC 2");
        QVERIFY(syntax.error);
        QCOMPARE(syntax.errorOffset, 10); // at "SELEC"
        QCOMPARE(syntax.statements.size(), 1);

        auto constraint = runAndWait("INSERT INTO items (name, qty) VALUES ('fresh', 1); INSERT INTO items (name, qty) "
                                     "VALUES ('fresh', 2);");
        QVERIFY(constraint.error);
        QCOMPARE(constraint.error->code, ErrorCode::Constraint);
        QVERIFY(constraint.undone);
        endAndWait(true);
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM items WHERE name = 'fresh'"), QStringLiteral("0"));
    }

    void cancelInterruptsAStatementThatNeverFinishes()
    {
        QSignalSpy spy(m_console.get(), &ConsoleSession::finished);
        m_console->run("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
        QTRY_VERIFY(m_console->isBusy());
        // The worker may not have started the statement yet: interrupt until it reports.
        QTRY_VERIFY_WITH_TIMEOUT((m_console->cancel(), spy.count() == 1), 10000);
        const auto r = spy.first().at(0).value<ConsoleResult>();
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ErrorCode::Cancelled);
        QVERIFY(!m_console->isBusy());
        QVERIFY(!runAndWait("SELECT 1").error); // the connection works afterwards
    }

    void everythingItRunsIsTraced()
    {
        QueryMonitor monitor;
        monitor.setThresholdMs(0);
        auto c = ConsoleSession::open(m_db, {}, &monitor);
        QVERIFY(c);
        m_console = std::move(c.value());
        QVERIFY(!runAndWait("SELECT count(*) FROM items WHERE qty > 3").error);
        bool seen = false;
        for (const auto& s : monitor.recentStatements())
            seen = seen || s.sql.contains("qty > 3");
        QVERIFY(seen);
        m_console.reset(); // closing unhooks the monitor before the connection goes
        QVERIFY(monitor.slowQueries().size() >= 1);
    }

    void aMissingDatabaseIsAClearError()
    {
        auto c = ConsoleSession::open(m_dir->filePath("missing.db"), {});
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::CannotOpen);
        QVERIFY(!QFile::exists(m_dir->filePath("missing.db")));
    }
};

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "TestConsoleSession.moc"
