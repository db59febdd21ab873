// Fingerprints: statements that differ only in their values share one; different statements do not.
#include "monitor/Fingerprint.h"

#include <QSet>
#include <QTest>

using namespace steward;

class TestFingerprint : public QObject {
    Q_OBJECT
private slots:
    void fingerprints_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* sql, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(expected);
        };
        row("integer", "SELECT * FROM books WHERE id = 42", "SELECT * FROM books WHERE id = ?");
        row("string", "SELECT * FROM books WHERE title = 'Dune'", "SELECT * FROM books WHERE title = ?");
        row("quote in string", "SELECT 1 FROM t WHERE a = 'it''s'", "SELECT ? FROM t WHERE a = ?");
        row("real", "SELECT * FROM t WHERE x > 3.14", "SELECT * FROM t WHERE x > ?");
        row("exponent", "SELECT * FROM t WHERE x < 1e-5", "SELECT * FROM t WHERE x < ?");
        row("negative", "UPDATE t SET x = -7 WHERE id = 1", "UPDATE t SET x = ? WHERE id = ?");
        row("subtraction stays", "SELECT a - 1 FROM t", "SELECT a - ? FROM t");
        row("hex", "SELECT * FROM t WHERE f = 0xFF", "SELECT * FROM t WHERE f = ?");
        row("blob", "INSERT INTO t (b) VALUES (x'0A0B')", "INSERT INTO t (b) VALUES (?)");
        row("positional parameter", "SELECT * FROM t WHERE id = ?", "SELECT * FROM t WHERE id = ?");
        row("numbered parameter", "SELECT * FROM t WHERE id = ?3", "SELECT * FROM t WHERE id = ?");
        row("named parameter", "SELECT * FROM t WHERE id = :id AND n = @n AND m = $m",
            "SELECT * FROM t WHERE id = ? AND n = ? AND m = ?");
        row("in list", "SELECT * FROM t WHERE id IN (1, 2, 3)", "SELECT * FROM t WHERE id IN (?)");
        row("in list of one", "SELECT * FROM t WHERE id IN (7)", "SELECT * FROM t WHERE id IN (?)");
        row("in list of strings", "SELECT * FROM t WHERE s IN ('a','b')", "SELECT * FROM t WHERE s IN (?)");
        row("in subquery kept", "SELECT * FROM t WHERE id IN (SELECT id FROM u)",
            "SELECT * FROM t WHERE id IN (SELECT id FROM u)");
        row("values", "INSERT INTO t (a, b) VALUES (1, 'x')", "INSERT INTO t (a, b) VALUES (?, ?)");
        row("multi-row values", "INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y'), (3, 'z')",
            "INSERT INTO t (a, b) VALUES (?, ?)");
        row("lower-case keywords", "select id from books where id = 1", "SELECT id FROM books WHERE id = ?");
        row("mixed-case keywords", "SeLeCt id FrOm books", "SELECT id FROM books");
        row("identifier case kept", "SELECT Title FROM Books", "SELECT Title FROM Books");
        row("white space", "SELECT   id,\n\t title\nFROM   books", "SELECT id, title FROM books");
        row("line comment", "SELECT id -- the key\nFROM books", "SELECT id FROM books");
        row("block comment", "SELECT /* hint */ id FROM books", "SELECT id FROM books");
        row("quoted identifier", "SELECT \"order\" FROM \"my table\" WHERE \"x\" = 5",
            "SELECT \"order\" FROM \"my table\" WHERE \"x\" = ?");
        row("bracket identifier", "SELECT [a b] FROM t", "SELECT [a b] FROM t");
        row("qualified names", "SELECT b.title FROM books AS b", "SELECT b.title FROM books AS b");
        row("limit offset", "SELECT * FROM t LIMIT 10 OFFSET 20", "SELECT * FROM t LIMIT ? OFFSET ?");
        row("like", "SELECT * FROM t WHERE name LIKE '%ann%'", "SELECT * FROM t WHERE name LIKE ?");
        row("between", "SELECT * FROM t WHERE d BETWEEN '2020-01-01' AND '2021-01-01'",
            "SELECT * FROM t WHERE d BETWEEN ? AND ?");
        row("function call", "SELECT count(*), max(x) FROM t", "SELECT count(*), max(x) FROM t");
        // Issue 14: the case of a function's name and the space before its "(" made two fingerprints of one query.
        row("function name case", "SELECT SUBSTR (v, 1, 3), Count(*) FROM t",
            "SELECT substr(v, ?, ?), count(*) FROM t");
        row("function name case, other spelling", "select substr(v,1,3), COUNT( * ) from t",
            "SELECT substr(v, ?, ?), count(*) FROM t");
        row("call after ON", "SELECT * FROM a JOIN b ON lower(a.n) = LOWER (b.n)",
            "SELECT * FROM a JOIN b ON lower(a.n) = lower(b.n)");
        row("index columns after ON", "CREATE INDEX i ON books(title)", "CREATE INDEX i ON books (title)");
        row("index columns after ON, spaced", "create index i on books ( title )", "CREATE INDEX i ON books (title)");
        row("table name case kept", "INSERT INTO Books(a) VALUES (1)", "INSERT INTO Books (a) VALUES (?)");
        row("operators", "SELECT a||b FROM t WHERE a<>1 AND b>=2", "SELECT a || b FROM t WHERE a <> ? AND b >= ?");
        row("trailing semicolon", "DELETE FROM t WHERE id = 3;", "DELETE FROM t WHERE id = ?");
        row("join", "SELECT * FROM a JOIN b ON a.id = b.a_id WHERE b.x = 1",
            "SELECT * FROM a JOIN b ON a.id = b.a_id WHERE b.x = ?");
        row("cte", "WITH r AS (SELECT 1) SELECT * FROM r", "WITH r AS (SELECT ?) SELECT * FROM r");
        row("empty", "", "");
    }
    void fingerprints()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QCOMPARE(fingerprint(sql), expected);
    }

    void sameShapeSameFingerprint()
    {
        QCOMPARE(fingerprint("SELECT * FROM t WHERE id IN (1,2)"),
                 fingerprint("select * from t where id in (3, 4, 5, 6)"));
        QCOMPARE(fingerprint("INSERT INTO t VALUES (1)"), fingerprint("insert into t values (2), (3)"));
        const QSet<QString> distinct{fingerprint("SELECT a FROM t"), fingerprint("SELECT b FROM t"),
                                     fingerprint("SELECT a FROM u"), fingerprint("SELECT a FROM t WHERE a = 1")};
        QCOMPARE(distinct.size(), 4);
    }

    void neverCrashesOnGarbage()
    {
        for (const char* s : {"'unterminated", "/* open comment", "x'", "\"open", "[open", "((((", "))))", "-- only",
                              "?????", "IN (", "VALUES (1,", "1e", "-", "$", ":"})
            (void)fingerprint(QString::fromUtf8(s));
    }

    void aFingerprintIsItsOwnFingerprint_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("plain") << "SELECT * FROM t WHERE a = 1;";
        QTest::addRow("in list") << "SELECT 1 FROM t WHERE x IN (1, 2, 3)";
        // Found by the fuzzer: an unterminated quote ending in "; " lost one more ';' on the second pass.
        QTest::addRow("unterminated quote then semicolon and space") << "SELECT `a;b; ";
        QTest::addRow("semicolons and spaces") << "SELECT 1 ;  ; ";
    }

    void aFingerprintIsItsOwnFingerprint()
    {
        QFETCH(QString, sql);
        const QString once = fingerprint(sql);
        QCOMPARE(fingerprint(once), once);
    }
};

QTEST_GUILESS_MAIN(TestFingerprint)
#include "TestFingerprint.moc"
