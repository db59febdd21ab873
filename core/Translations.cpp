#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace steward {

void installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("steward"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(translator);
    else
        delete translator;
}

} // namespace steward
