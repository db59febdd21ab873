#include "TestSupport.h"

#include "db/Connection.h"
#include "db/Repository.h"
#include "db/TableReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::test;

class TestRepository : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_conn;
    QString m_path;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("repo-%1.db").arg(QTest::currentTestFunction()));
        execSql(m_path,
                QStringLiteral("CREATE TABLE \"odd \"\"table\" (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                               " qty INTEGER CHECK (qty >= 0), note TEXT)"));
        auto c = Connection::open(m_path);
        QVERIFY(c);
        m_conn = std::move(c.value());
    }
    void cleanup() { m_conn.reset(); }

    void crud()
    {
        Repository repo(*m_conn, QStringLiteral("odd \"table"));
        QVERIFY(repo.load());
        QCOMPARE(repo.columns(), (QStringList{"id", "name", "qty", "note"}));
        auto id = repo.insert({{"name", "apple"}, {"qty", 3}});
        QVERIFY(id);
        QVERIFY(repo.insert({{"name", "pear"}, {"qty", 5}, {"note", "ripe"}}));
        auto one = repo.findOne({{"name", "apple"}});
        QVERIFY(one && one->has_value());
        QCOMPARE(one->value().value("qty").toInt(), 3);
        QCOMPARE(one->value().value("id").toLongLong(), id.value());
        QCOMPARE(repo.count().value(), 2);
        QCOMPARE(repo.count({{"note", QVariant()}}).value(), 1); // NULL compares with IS NULL

        auto changed = repo.update({{"name", "apple"}}, {{"qty", 10}});
        QVERIFY(changed);
        QCOMPARE(changed.value(), 1);
        QCOMPARE(queryString(m_path, "SELECT qty FROM \"odd \"\"table\" WHERE name = 'apple'"), QStringLiteral("10"));

        auto rows = repo.find({}, QStringLiteral("qty"), true);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).value("name").toString(), QStringLiteral("apple"));

        auto removed = repo.remove({{"name", "pear"}});
        QVERIFY(removed);
        QCOMPARE(removed.value(), 1);
        QCOMPARE(queryString(m_path, "SELECT count(*) FROM \"odd \"\"table\""), QStringLiteral("1"));
        auto none = repo.findOne({{"name", "pear"}});
        QVERIFY(none && !none->has_value());
    }

    void identifiersAreCheckedAgainstTheSchema()
    {
        Repository repo(*m_conn, QStringLiteral("odd \"table"));
        QVERIFY(repo.load());
        auto bad = repo.insert({{"name); DROP TABLE x; --", "x"}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QVERIFY(repo.find({{"nope", 1}}).error().message.contains("nope"));
        QCOMPARE(repo.find({}, QStringLiteral("qty; DROP")).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(repo.update({}, {}).error().code, ErrorCode::InvalidArgument);

        Repository missing(*m_conn, QStringLiteral("no_such_table"));
        auto r = missing.load();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }

    void valuesAreBoundNeverSpliced()
    {
        Repository repo(*m_conn, QStringLiteral("odd \"table"));
        QVERIFY(repo.load());
        const QString hostile = QStringLiteral("x'); DELETE FROM \"odd \"\"table\"; --");
        QVERIFY(repo.insert({{"name", "keep"}, {"qty", 1}}));
        QVERIFY(repo.insert({{"name", hostile}, {"qty", 1}}));
        QCOMPARE(repo.count().value(), 2);
        QCOMPARE(repo.findOne({{"name", hostile}}).value()->value("name").toString(), hostile);
    }

    void failedTransactionRollsBack()
    {
        Repository repo(*m_conn, QStringLiteral("odd \"table"));
        QVERIFY(repo.load());
        QVERIFY(repo.insert({{"name", "before"}, {"qty", 1}}));
        auto r = repo.transaction([&]() -> Result<void> {
            if (auto a = repo.insert({{"name", "inside"}, {"qty", 2}}); !a)
                return a.error();
            if (auto b = repo.update({{"name", "before"}}, {{"qty", 99}}); !b)
                return b.error();
            auto c = repo.insert({{"name", "bad"}, {"qty", -1}}); // CHECK fails
            if (!c)
                return c.error();
            return {};
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Constraint);
        QCOMPARE(queryString(m_path, "SELECT group_concat(name || ':' || qty) FROM \"odd \"\"table\""),
                 QStringLiteral("before:1"));

        // A nested transaction is a savepoint: its failure undoes only itself.
        auto outer = repo.transaction([&]() -> Result<void> {
            if (auto a = repo.insert({{"name", "outer"}, {"qty", 1}}); !a)
                return a.error();
            auto inner = repo.transaction([&]() -> Result<void> {
                if (auto b = repo.insert({{"name", "inner"}, {"qty", 1}}); !b)
                    return b.error();
                return makeError(ErrorCode::Cancelled, QStringLiteral("changed my mind"));
            });
            return inner ? Result<void>(makeError(ErrorCode::Internal, "inner should fail")) : Result<void>();
        });
        QVERIFY2(outer, outer ? "" : qPrintable(outer.error().message));
        QCOMPARE(queryString(m_path, "SELECT group_concat(name) FROM (SELECT name FROM \"odd \"\"table\" ORDER BY id)"),
                 QStringLiteral("before,outer"));
    }

    void tableReaderPagesByKey()
    {
        execSql(m_path,
                QStringLiteral("CREATE TABLE big (v INTEGER); "
                               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                               "INSERT INTO big SELECT i FROM n; DELETE FROM big WHERE v % 7 = 0;"
                               "CREATE VIEW odd_big AS SELECT v FROM big WHERE v % 2 = 1;"
                               "CREATE TABLE wr (k TEXT PRIMARY KEY, v INT) WITHOUT ROWID;"
                               "INSERT INTO wr VALUES ('a', 1), ('b', 2), ('c', 3);"));
        for (const auto& [table, expected] :
             {std::pair{QStringLiteral("big"), 10000 - 10000 / 7}, std::pair{QStringLiteral("odd_big"), 4286},
              std::pair{QStringLiteral("wr"), 3}}) {
            TableReader reader(*m_conn, table);
            QVERIFY(reader.prepare());
            int total = 0;
            qint64 previous = -1;
            while (!reader.atEnd()) {
                auto page = reader.next(256);
                QVERIFY(page);
                for (const auto& row : page.value()) {
                    QCOMPARE(row.size(), reader.columns().size());
                    if (table == QLatin1String("big")) {
                        QVERIFY(row[0].toLongLong() > previous); // in order, no gaps or repeats
                        previous = row[0].toLongLong();
                    }
                }
                total += page->size();
            }
            QCOMPARE(total, expected);
        }
        TableReader missing(*m_conn, QStringLiteral("missing"));
        QCOMPARE(missing.prepare().error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "TestRepository.moc"
