#include "Cli.h"

#include "AppPaths.h"
#include "Logging.h"
#include "Settings.h"
#include "Translations.h"
#include "db/PgAddress.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    steward::prepareLibpqEnvironment(); // before any thread: PG* variables never steer Steward's connections
    QCoreApplication app(argc, argv);
    steward::englishLibpqMessages(); // QCoreApplication set the locale from the environment
    QCoreApplication::setApplicationName(QStringLiteral("steward"));
    QCoreApplication::setOrganizationName(QStringLiteral("steward"));
    steward::installTranslations(app);
    steward::logging::init(steward::AppPaths::logDir());
    QTextStream out(stdout);
    QTextStream err(stderr);
    {
        steward::Settings settings;
        steward::logging::setLevel(settings.stringValue(steward::SettingKey::LogLevel));
        // A bad value in the environment is never silent: one warning each, then the default is used.
        for (const QString& problem : settings.environmentProblems())
            err << "steward-cli: " << QCoreApplication::translate("steward::cli", "warning: %1").arg(problem)
                << Qt::endl;
    }
    return steward::cli::run(app.arguments().mid(1), out, err);
}
