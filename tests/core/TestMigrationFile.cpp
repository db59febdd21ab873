#include "migrations/MigrationFile.h"

#include <QTest>

using namespace steward;

class TestMigrationFile : public QObject {
    Q_OBJECT
private slots:
    void parsesSections()
    {
        auto m = MigrationFile::parse(QStringLiteral("007_add_users.sql"),
                                      QStringLiteral("-- a comment\n-- migrate:up\nCREATE TABLE u (id INT);\n\n"
                                                     "-- migrate:down\nDROP TABLE u;\n"));
        QVERIFY(m);
        QCOMPARE(m->version, 7);
        QCOMPARE(m->name, QStringLiteral("add_users"));
        QCOMPARE(m->upSql, QStringLiteral("CREATE TABLE u (id INT);\n"));
        QCOMPARE(m->downSql, QStringLiteral("DROP TABLE u;\n"));
        QVERIFY(m->hasDown);
        QCOMPARE(m->checksum.size(), 64);
    }

    void checksumIgnoresLineEndingsOnly()
    {
        const QString lf = QStringLiteral("-- migrate:up\nCREATE TABLE a (x);\nCREATE TABLE b (y);\n");
        QString crlf = lf;
        crlf.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        const auto a = MigrationFile::parse(QStringLiteral("1_a.sql"), lf);
        const auto b = MigrationFile::parse(QStringLiteral("1_a.sql"), crlf);
        QCOMPARE(a->checksum, b->checksum);
        QCOMPARE(a->checksum, MigrationFile::checksumOf(QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")));
        const auto c = MigrationFile::parse(QStringLiteral("1_a.sql"), QString(lf).replace("(y)", "(z)"));
        QVERIFY(a->checksum != c->checksum);
    }

    void errorsNameFileAndLine_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no version") << "add_users.sql"
                                    << "-- migrate:up\nSELECT 1;"
                                    << "add_users.sql";
        QTest::addRow("no up") << "2_x.sql"
                               << "-- migrate:down\nDROP TABLE x;"
                               << "migrate:up";
        QTest::addRow("empty up") << "2_x.sql"
                                  << "-- migrate:up\n\n-- migrate:down\n"
                                  << "empty";
        QTest::addRow("sql before up") << "3_x.sql"
                                       << "SELECT 1;\n-- migrate:up\nSELECT 2;"
                                       << "line 1";
        QTest::addRow("two ups") << "4_x.sql"
                                 << "-- migrate:up\nSELECT 1;\n-- migrate:up\nSELECT 2;"
                                 << "line 3";
    }
    void errorsNameFileAndLine()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, content);
        QFETCH(QString, mentions);
        auto m = MigrationFile::parse(fileName, content);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(mentions), qPrintable(m.error().message));
        QVERIFY(m.error().message.contains(fileName));
    }
};

QTEST_GUILESS_MAIN(TestMigrationFile)
#include "TestMigrationFile.moc"
