#pragma once

#include "Settings.h"

#include <QDialog>

class QFormLayout;

namespace steward {

class Workspace;

// Edit → Preferences…: one form over the typed settings table — the global values (slow threshold, circuit,
// health, retention, scheduled backups, log level, language) and, with a database open, its own (backups and
// migrations folders, format). A change applies at once, without a restart (the language when Steward starts
// again); a value the environment decides is shown locked, with the variable's name. Nothing here touches the
// database: the workspace follows the settings' announcements.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(Settings& settings, Workspace* workspace, QWidget* parent = nullptr);

    // The editor of a global setting ("pref:<name in settings.ini>") or of the open database's ("pref:database/…").
    static QString editorName(SettingKey key);

private:
    void addInt(QFormLayout* form, SettingKey key, const QString& label, const QString& suffix = {});
    void addChoice(QFormLayout* form, SettingKey key, const QString& label,
                   const QList<std::pair<QString, QString>>& choices);
    void lockIfFromEnvironment(QWidget* editor, SettingKey key);
    QWidget* databasePage();

    Settings& m_settings;
    Workspace* m_workspace;
};

} // namespace steward
