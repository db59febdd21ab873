#include "preferences/PreferencesDialog.h"

#include "common/FileDialog.h"
#include "migrations/MigrationFormat.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace steward {

PreferencesDialog::PreferencesDialog(Settings& settings, Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* tabs = new QTabWidget;

    auto* general = new QWidget;
    auto* form = new QFormLayout(general);
    addInt(form, SettingKey::SlowQueryThresholdMs, tr("Slow statement threshold:"), tr(" ms"));
    addInt(form, SettingKey::BusyTimeoutMs, tr("Wait for a locked database:"), tr(" ms"));
    addChoice(form, SettingKey::LogLevel, tr("Log level:"),
              {{QStringLiteral("trace"), tr("Trace")},
               {QStringLiteral("debug"), tr("Debug")},
               {QStringLiteral("info"), tr("Info")},
               {QStringLiteral("warning"), tr("Warning")},
               {QStringLiteral("error"), tr("Error")},
               {QStringLiteral("critical"), tr("Critical")},
               {QStringLiteral("off"), tr("Off")}});
    addChoice(form, SettingKey::Language, tr("Language (when Steward starts again):"),
              {{QString(), tr("The system's")},
               {QStringLiteral("en"), QStringLiteral("English")},
               {QStringLiteral("de"), QStringLiteral("Deutsch")}});
    tabs->addTab(general, tr("General"));

    auto* backups = new QWidget;
    form = new QFormLayout(backups);
    addInt(form, SettingKey::BackupKeep, tr("Backups kept by retention:"));
    addInt(form, SettingKey::BackupIntervalMinutes, tr("Scheduled backup every (0: off):"), tr(" min"));
    addInt(form, SettingKey::BackupMaxAgeHours, tr("Health warns when the newest backup is older than:"), tr(" h"));
    tabs->addTab(backups, tr("Backups"));

    auto* health = new QWidget;
    form = new QFormLayout(health);
    addInt(form, SettingKey::HealthIntervalMs, tr("Health check every:"), tr(" ms"));
    addInt(form, SettingKey::ReconnectBaseMs, tr("First reconnect after:"), tr(" ms"));
    addInt(form, SettingKey::ReconnectCapMs, tr("Longest wait between reconnects:"), tr(" ms"));
    addInt(form, SettingKey::CircuitFailureThreshold, tr("Failures that open the circuit:"));
    addInt(form, SettingKey::CircuitWindowMs, tr("Counted within:"), tr(" ms"));
    addInt(form, SettingKey::CircuitTimeoutMs, tr("Open for:"), tr(" ms"));
    addInt(form, SettingKey::CircuitSuccessThreshold, tr("Successful probes that close it:"));
    addInt(form, SettingKey::CircuitHalfOpenProbes, tr("Probes at a time:"));
    tabs->addTab(health, tr("Health and Circuit"));

    if (m_workspace)
        tabs->addTab(databasePage(), tr("This Database"));

    auto* note = new QLabel(tr("Changes apply at once. Stored in %1.").arg(QDir::toNativeSeparators(settings.path())));
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PreferencesDialog::editorName(SettingKey key)
{
    return QStringLiteral("pref:") + QString::fromLatin1(settingSpec(key).name);
}

void PreferencesDialog::lockIfFromEnvironment(QWidget* editor, SettingKey key)
{
    if (!m_settings.isOverriddenByEnvironment(key))
        return;
    editor->setEnabled(false);
    editor->setToolTip(tr("Set by the environment variable %1; unset it to change the value here.")
                           .arg(QString::fromLatin1(settingSpec(key).environment)));
}

void PreferencesDialog::addInt(QFormLayout* form, SettingKey key, const QString& label, const QString& suffix)
{
    const SettingSpec& spec = settingSpec(key);
    auto* spin = new QSpinBox;
    spin->setObjectName(editorName(key));
    spin->setRange(int(std::max<qint64>(spec.minimum, INT_MIN)), int(std::min<qint64>(spec.maximum, INT_MAX)));
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false); // typed digits apply when done, not one by one
    spin->setValue(int(m_settings.intValue(key)));
    spin->setToolTip(tr("Default %1%2").arg(spec.defaultValue.toString(), suffix));
    lockIfFromEnvironment(spin, key);
    connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) { m_settings.setValue(key, v); });
    // Changed elsewhere meanwhile (the Queries panel's threshold, settings.ini): shown here too, not written back.
    connect(&m_settings, &Settings::changed, spin, [this, spin, key](SettingKey changed) {
        if (changed != key)
            return;
        const QSignalBlocker quiet(spin);
        spin->setValue(int(m_settings.intValue(key)));
    });
    form->addRow(label, spin);
}

void PreferencesDialog::addChoice(QFormLayout* form, SettingKey key, const QString& label,
                                  const QList<std::pair<QString, QString>>& choices)
{
    auto* box = new QComboBox;
    box->setObjectName(editorName(key));
    for (const auto& [value, text] : choices)
        box->addItem(text, value);
    box->setCurrentIndex(std::max(0, box->findData(m_settings.stringValue(key))));
    lockIfFromEnvironment(box, key);
    connect(box, &QComboBox::currentIndexChanged, this,
            [this, box, key] { m_settings.setValue(key, box->currentData().toString()); });
    connect(&m_settings, &Settings::changed, box, [this, box, key](SettingKey changed) {
        if (changed != key)
            return;
        const QSignalBlocker quiet(box);
        box->setCurrentIndex(std::max(0, box->findData(m_settings.stringValue(key))));
    });
    form->addRow(label, box);
}

QWidget* PreferencesDialog::databasePage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(new QLabel(tr("<b>%1</b>").arg(QDir::toNativeSeparators(m_workspace->path()).toHtmlEscaped())));
    auto folderRow = [&](const QString& name, const QString& current, const QString& title,
                         std::function<void(const QString&)> set) {
        auto* edit = new QLineEdit(QDir::toNativeSeparators(current));
        edit->setObjectName(name);
        auto* browse = new QPushButton(tr("Choose…"));
        connect(edit, &QLineEdit::editingFinished, this,
                [edit, set] { set(QDir::fromNativeSeparators(edit->text())); });
        connect(browse, &QPushButton::clicked, this, [this, edit, title, set] {
            const QString folder = FileDialog::getExistingDirectory(this, title, edit->text());
            if (folder.isEmpty())
                return;
            edit->setText(QDir::toNativeSeparators(folder));
            set(folder);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };
    QPointer<Workspace> ws = m_workspace; // the window deletes this dialog first; guarded all the same
    form->addRow(tr("Backups folder:"), folderRow(QStringLiteral("pref:database/backupsFolder"), ws->backupsFolder(),
                                                  tr("Backups Folder"), [ws](const QString& f) {
                                                      if (ws)
                                                          ws->setBackupsFolder(f);
                                                  }));
    form->addRow(tr("Migrations folder:"),
                 folderRow(QStringLiteral("pref:database/migrationsFolder"), ws->migrationsFolder(),
                           tr("Migrations Folder"), [ws](const QString& f) {
                               if (ws)
                                   ws->setMigrationsFolder(f);
                           }));
    auto* format = new QComboBox;
    format->setObjectName(QStringLiteral("pref:database/migrationFormat"));
    format->addItem(tr("Recognised from the folder"), QString());
    for (const QString& name : migrationFormatNames())
        format->addItem(name, name);
    format->setCurrentIndex(std::max(0, format->findData(ws->migrationFormat())));
    connect(format, &QComboBox::currentIndexChanged, this, [ws, format] {
        if (ws)
            ws->setMigrationFormat(format->currentData().toString());
    });
    form->addRow(tr("Migration format:"), format);
    return page;
}

} // namespace steward
