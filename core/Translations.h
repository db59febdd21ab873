#pragma once

class QCoreApplication;

namespace steward {

// Installs the translation for the system locale (embedded under :/i18n), if there is one.
void installTranslations(QCoreApplication& app);

} // namespace steward
