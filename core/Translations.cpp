#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace steward {

void installTranslations(QCoreApplication& app, const QString& language)
{
    // English plural forms ("1 row", "2 rows") under every language: a language without a translation of a
    // message falls back to them.
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/steward_en.qm")))
        app.installTranslator(plurals);
    else
        delete plurals;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (language == QLatin1String("en") || locale.language() == QLocale::English)
        return; // the source language
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("steward"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(translator);
    else
        delete translator;
}

} // namespace steward
