#include "Error.h"
#include "db/SqliteErrors.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <sqlite3.h>

using namespace steward;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void germanIsEmbeddedAndUsedByTheCore()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/steward_de.qm")),
                 "the German .qm is not embedded in steward_core");
        QCOMPARE(classifySqliteError(SQLITE_BUSY, {}).message,
                 QStringLiteral("The database is locked by another program."));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(classifySqliteError(SQLITE_BUSY, {}).message,
                 QStringLiteral("Die Datenbank ist von einem anderen Programm gesperrt."));
        QCOMPARE(classifySqliteError(SQLITE_CORRUPT, {}).message, QStringLiteral("Die Datenbankdatei ist beschädigt."));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
