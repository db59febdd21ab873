#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace steward {

void installTranslations(QCoreApplication& app, const QString& language)
{
    if (language == QLatin1String("en"))
        return; // the source language
    auto* translator = new QTranslator(&app);
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (translator->load(locale, QStringLiteral("steward"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(translator);
    else
        delete translator;
}

} // namespace steward
