#pragma once

#include <QString>

class QCoreApplication;

namespace steward {

// Installs the translation for `language` ("en", "de"; empty: the system locale), embedded under :/i18n, if there
// is one.
void installTranslations(QCoreApplication& app, const QString& language = {});

} // namespace steward
