#include "Cli.h"

#include "AppPaths.h"
#include "Logging.h"
#include "Settings.h"
#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("steward"));
    QCoreApplication::setOrganizationName(QStringLiteral("steward"));
    steward::installTranslations(app);
    steward::logging::init(steward::AppPaths::logDir());
    {
        steward::Settings settings;
        steward::logging::setLevel(settings.stringValue(steward::SettingKey::LogLevel));
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    return steward::cli::run(app.arguments().mid(1), out, err);
}
