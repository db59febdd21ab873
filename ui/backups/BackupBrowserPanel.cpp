#include "backups/BackupBrowserPanel.h"

#include "Audit.h"
#include "Settings.h"
#include "backup/BackupManager.h"
#include "backups/RestoreDialog.h"
#include "common/FileDialog.h"
#include "common/JobProgress.h"
#include "common/Prompt.h"
#include "jobs/Job.h"
#include "models/BackupListModel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace steward {

BackupBrowserPanel::BackupBrowserPanel(Settings& settings, QWidget* parent)
    : Panel(parent)
    , m_settings(settings)
    , m_model(new BackupListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_filter(new QLineEdit)
    , m_details(new QTextBrowser)
    , m_jobs(new JobProgress(QStringLiteral("backup")))
    , m_schedule(new QTimer(this))
{
    setObjectName(QStringLiteral("backupsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BackupListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [&](const QString& text, const QString& name, QKeySequence key, void (BackupBrowserPanel::*slot)()) {
        QAction* a = toolbar->addAction(text, this, slot);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(text.chopped(text.endsWith(QChar(0x2026)) ? 1 : 0),
                                                        key.toString(QKeySequence::NativeText)));
            addAction(a);
        }
        a->setProperty("baseToolTip", a->toolTip());
        return a;
    };
    m_create = add(tr("Create backup…"), QStringLiteral("backupCreate"), QKeySequence(Qt::CTRL | Qt::Key_B),
                   &BackupBrowserPanel::createBackup);
    m_restore = add(tr("Restore…"), QStringLiteral("backupRestore"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                    &BackupBrowserPanel::restoreSelected);
    toolbar->addSeparator();
    m_verify = add(tr("Verify"), QStringLiteral("backupVerify"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                   &BackupBrowserPanel::verifySelected);
    m_verifyAll = add(tr("Verify all"), QStringLiteral("backupVerifyAll"), {}, &BackupBrowserPanel::verifyAll);
    m_compare = add(tr("Compare with current"), QStringLiteral("backupCompare"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &BackupBrowserPanel::compareSelected);
    toolbar->addSeparator();
    m_pin = add(tr("Pin"), QStringLiteral("backupPin"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                &BackupBrowserPanel::togglePin);
    m_delete = add(tr("Delete…"), QStringLiteral("backupDelete"), QKeySequence(QKeySequence::Delete),
                   &BackupBrowserPanel::deleteSelected);
    toolbar->addSeparator();
    m_openFolder = toolbar->addAction(tr("Open folder"), this, [this] {
        QDir().mkpath(m_folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
    });
    m_openFolder->setObjectName(QStringLiteral("backupOpenFolder"));
    m_chooseFolder = toolbar->addAction(tr("Change folder…"), this, &BackupBrowserPanel::chooseFolder);
    m_chooseFolder->setObjectName(QStringLiteral("backupChooseFolder"));
    m_import = toolbar->addAction(tr("Import…"), this, &BackupBrowserPanel::importFile);
    m_import->setObjectName(QStringLiteral("backupImport"));

    m_filter->setObjectName(QStringLiteral("backupFilter"));
    m_filter->setPlaceholderText(tr("Filter backups…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("backupList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BackupListModel::Created, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::Reason, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::Created, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::SchemaVersion, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::Status, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_compareHtml.clear();
        showDetails();
        updateActions();
    });
    connect(m_view, &QTableView::doubleClicked, this, &BackupBrowserPanel::restoreSelected);

    m_details->setObjectName(QStringLiteral("backupDetails"));
    m_details->setOpenLinks(false);

    connect(m_jobs, &JobProgress::busyChanged, this, &BackupBrowserPanel::updateActions);

    auto* top = new QHBoxLayout;
    top->addWidget(toolbar, 1);
    top->addWidget(m_filter);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_jobs);
    layout->addWidget(splitter, 1);

    // Scheduled backups while a database is open (off by default).
    connect(m_schedule, &QTimer::timeout, this, [this] {
        if (!m_workspace || isBusy() || m_workspace->isUnavailable())
            return;
        run<BackupInfo>(tr("Scheduled backup"), m_workspace->createBackup(QStringLiteral("scheduled")),
                        [this](const Result<BackupInfo>& r) {
                            if (!r && r.error().code != ErrorCode::Cancelled)
                                emit problem(tr("The scheduled backup failed: %1").arg(r.error().message),
                                             r.error().hint);
                        });
    });
    // Scheduled backups follow Preferences and settings.ini at once.
    connect(&m_settings, &Settings::changed, this, [this](SettingKey key) {
        if (key != SettingKey::BackupIntervalMinutes)
            return;
        const qint64 minutes = m_settings.intValue(SettingKey::BackupIntervalMinutes);
        if (m_workspace && minutes > 0)
            m_schedule->start(std::chrono::minutes(minutes));
        else
            m_schedule->stop();
    });
    setWorkspace(nullptr);
}

BackupBrowserPanel::~BackupBrowserPanel() = default;

void BackupBrowserPanel::setWorkspace(Workspace* workspace)
{
    // A confirmation shown for the database that was open never runs on another one.
    for (auto* dialog : findChildren<RestoreDialog*>())
        dialog->reject();
    m_jobs->stop();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_folder = workspace ? workspace->backupsFolder() : QString();
    m_compareHtml.clear();
    m_model->setBackups({});
    if (workspace) {
        // Added, removed, verified or pinned by anyone, or the folder changed (here, in Preferences, anywhere).
        connect(workspace, &Workspace::backupsChanged, this, &BackupBrowserPanel::reload);
        connect(workspace, &Workspace::circuitChanged, this, &BackupBrowserPanel::updateActions);
    }
    const qint64 minutes = m_settings.intValue(SettingKey::BackupIntervalMinutes);
    if (workspace && minutes > 0)
        m_schedule->start(std::chrono::minutes(minutes));
    else
        m_schedule->stop();
    reload();
}

QString BackupBrowserPanel::folder() const
{
    return m_workspace ? m_workspace->backupsFolder() : QString();
}

void BackupBrowserPanel::onDatabaseChanged()
{
    reload(); // a backup or restore in progress goes on; the list follows when it ends
}

void BackupBrowserPanel::reload()
{
    if (!m_workspace) {
        showDetails();
        updateActions();
        return;
    }
    // A job in progress keeps its folder; the list follows when it ends.
    m_jobs->whenIdle([this] {
        if (!m_workspace)
            return; // closed meanwhile
        m_folder = m_workspace->backupsFolder();
        m_jobs->run<BackupsView>(
            tr("Reading the backups…"), m_workspace->readBackups(),
            [this](const Result<BackupsView>& r) { showView(r); }, JobKind::Read);
        updateActions();
    });
}

void BackupBrowserPanel::showView(const Result<BackupsView>& r)
{
    if (!r && r.error().code == ErrorCode::Cancelled) {
        updateActions();
        return;
    }
    const QString current = selected() ? selected()->id : m_selectAfterLoad;
    m_selectAfterLoad.clear();
    if (!r) {
        m_model->setBackups({});
        emit problem(r.error().message, r.error().hint);
    } else {
        m_model->setBackups(r->backups); // a read of a folder left meanwhile is followed by one of the new folder
    }
    m_view->resizeColumnToContents(BackupListModel::Size);
    if (!current.isEmpty() && m_model->rowOf(current) >= 0)
        selectBackup(current);
    else if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    showDetails();
    updateActions();
    emit loaded();
}

void BackupBrowserPanel::selectBackup(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
}

const BackupInfo* BackupBrowserPanel::selected() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->backup(m_proxy->mapToSource(index).row()) : nullptr;
}

bool BackupBrowserPanel::isBusy() const
{
    return m_jobs->isBusy();
}

void BackupBrowserPanel::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool idle = !isBusy();
    const BackupInfo* b = selected();
    const bool readOnly = open && m_workspace->isReadOnly();
    // Creating, comparing and restoring need the database: refused while its circuit is open, with why and until when.
    // Listing, verifying, pinning and deleting backups only touch their files.
    const QString unavailable = open ? m_workspace->unavailableReason() : QString();
    const bool available = unavailable.isEmpty();
    m_create->setEnabled(open && available && idle);
    auto tip = [](QAction* a) { return a->property("baseToolTip").toString(); };
    m_create->setToolTip(available ? tip(m_create) : unavailable);
    m_verifyAll->setEnabled(open && idle && m_model->rowCount() > 0);
    m_verify->setEnabled(idle && b);
    m_compare->setEnabled(available && idle && b && b->hasMetadata);
    m_compare->setToolTip(available ? tip(m_compare) : unavailable);
    m_restore->setEnabled(available && idle && b && b->hasMetadata && b->status != BackupStatus::Corrupt && !readOnly);
    m_restore->setToolTip(!available ? unavailable : readOnly ? tr("The live database is read-only") : tip(m_restore));
    m_pin->setEnabled(idle && b && b->hasMetadata);
    m_pin->setText(b && b->metadata.pinned ? tr("Unpin") : tr("Pin"));
    m_delete->setEnabled(idle && b);
    m_openFolder->setEnabled(open);
    m_chooseFolder->setEnabled(open && idle);
    m_import->setEnabled(open && idle);
}

void BackupBrowserPanel::chooseFolder()
{
    if (!m_workspace)
        return;
    const QString folder = FileDialog::getExistingDirectory(this, tr("Backups Folder"), m_folder);
    if (folder.isEmpty())
        return;
    const QString chosen = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString previous = m_folder;
    const int existing = m_model->rowCount();
    auto switchTo = [this](const QString& to) {
        m_folder = to;
        m_workspace->setBackupsFolder(m_folder); // announced: pre-migration backups, retention and health follow
        reload();                                // also for an unchanged value
    };
    if (existing == 0 || chosen == QDir::cleanPath(previous)) {
        switchTo(chosen);
        emit statusMessage(tr("Backups of this database now go to %1").arg(QDir::toNativeSeparators(chosen)));
        return;
    }
    // The backups already taken would vanish from the list: offer to bring them along.
    if (Prompt::confirm(this, tr("Move Backups"),
                        tr("%n backup(s) of this database are in %1.\n\nMove them to %2, so that they stay listed, "
                           "counted by health and kept by retention?",
                           nullptr, existing)
                            .arg(QDir::toNativeSeparators(previous), QDir::toNativeSeparators(chosen)),
                        tr("Move"))) {
        run<BackupManager::MoveOutcome>(
            tr("Moving the backups to %1…").arg(QDir::toNativeSeparators(chosen)), m_workspace->moveBackupsTo(chosen),
            [this, switchTo, chosen, previous](const Result<BackupManager::MoveOutcome>& r) {
                if (!r) { // refused before anything moved
                    emit problem(tr("The backups were not moved: %1").arg(r.error().message), r.error().hint);
                    return;
                }
                if (r->moved == 0 && !r->stopped.isEmpty()) { // nothing moved: the folder stays
                    emit problem(tr("The backups were not moved: %1.").arg(r->stopped), {});
                    reload();
                    return;
                }
                // What moved is whole in the new folder, which is now the folder; what stayed is said, with where.
                switchTo(chosen);
                if (r->stopped.isEmpty())
                    emit statusMessage(
                        tr("Moved %n backup(s) to %1; backups of this database now go there.", nullptr, r->moved)
                            .arg(QDir::toNativeSeparators(chosen)));
                else
                    emit problem(
                        tr("Moved %n backup(s) to %1, then stopped (%2); the others stay in %3.", nullptr, r->moved)
                            .arg(QDir::toNativeSeparators(chosen), r->stopped, QDir::toNativeSeparators(previous)),
                        tr("Choose Change Folder again to move the rest."));
            });
        return;
    }
    switchTo(chosen);
    emit statusMessage(tr("Backups of this database now go to %1. The %n backup(s) in %2 stay there; choose that "
                          "folder again to see them.",
                          nullptr, existing)
                           .arg(QDir::toNativeSeparators(chosen), QDir::toNativeSeparators(previous)));
}

void BackupBrowserPanel::importFile()
{
    if (!m_workspace || isBusy())
        return;
    const QString file =
        FileDialog::getOpenFileName(this, tr("Import a Database as a Backup"), QString(),
                                    tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)"));
    if (file.isEmpty())
        return;
    run<BackupInfo>(tr("Importing %1…").arg(QFileInfo(file).fileName()), m_workspace->importBackup(file),
                    [this](const Result<BackupInfo>& r) { showNewBackup(r, tr("Imported as %1")); });
}

void BackupBrowserPanel::showDetails()
{
    const BackupInfo* b = selected();
    if (!b) {
        m_details->setHtml(!m_workspace
                               ? QString()
                               : tr("<p>No backup selected. Backups of this database go to <code>%1</code>.</p>")
                                     .arg(QDir::toNativeSeparators(m_folder).toHtmlEscaped()));
        return;
    }
    const QLocale locale;
    auto row = [](const QString& k, const QString& v) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(b->id.toHtmlEscaped());
    html += row(tr("Status"), QStringLiteral("%1 — %2").arg(BackupListModel::statusText(b->status), b->statusReason));
    if (b->hasMetadata) {
        const auto& m = b->metadata;
        html += row(tr("Reason"), m.reason);
        html += row(tr("Created"), locale.toString(m.created.toLocalTime(), QLocale::LongFormat));
        html +=
            row(tr("Size"),
                tr("%1 (%2 pages of %3 bytes)").arg(locale.formattedDataSize(m.size)).arg(m.pageCount).arg(m.pageSize));
        html += row(tr("SHA-256"), m.sha256);
        html +=
            row(tr("Schema version"),
                m.migrationVersion >= 0 ? tr("user_version %1, migration %2").arg(m.userVersion).arg(m.migrationVersion)
                                        : tr("user_version %1").arg(m.userVersion));
        html += row(tr("Source"), QDir::toNativeSeparators(m.sourcePath));
        html += row(tr("Made with"), tr("SQLite %1, Steward %2").arg(m.sqliteVersion, m.stewardVersion));
        if (m.verifiedAt.isValid())
            html += row(tr("Last verified"),
                        QStringLiteral("%1 — %2").arg(locale.toString(m.verifiedAt.toLocalTime(), QLocale::ShortFormat),
                                                      m.verifyResult));
        if (m.restartCount > 0)
            html += row(tr("Copy restarts"), tr("%1 (the database changed while it was copied)").arg(m.restartCount));
        html += row(tr("Pinned"), m.pinned ? tr("yes: retention never deletes it") : tr("no"));
    }
    html += QStringLiteral("</table>") + m_compareHtml;
    m_details->setHtml(html);
}

void BackupBrowserPanel::createBackup()
{
    if (!m_workspace || isBusy())
        return;
    auto reason = Prompt::text(this, tr("Create Backup"), tr("Why are you taking this backup?"), tr("manual backup"));
    if (!reason)
        return;
    const QString why = reason->trimmed().isEmpty() ? QStringLiteral("manual backup") : reason->trimmed();
    run<BackupInfo>(tr("Creating a backup…"), m_workspace->createBackup(why),
                    [this](const Result<BackupInfo>& r) { showNewBackup(r, tr("Backup %1 created")); });
}

void BackupBrowserPanel::showNewBackup(const Result<BackupInfo>& r, const QString& message)
{
    if (!r) {
        if (r.error().code != ErrorCode::Cancelled)
            emit problem(r.error().message, r.error().hint);
        return;
    }
    // The list is read again (announced by the workspace); the new backup is selected when it shows.
    m_selectAfterLoad = r->id;
    if (m_model->rowOf(r->id) >= 0)
        selectBackup(r->id);
    emit statusMessage(message.arg(r->id));
}

void BackupBrowserPanel::verifySelected()
{
    const BackupInfo* b = selected();
    if (!b || isBusy() || !m_workspace)
        return;
    run<VerifyResult>(tr("Verifying %1…").arg(b->id), m_workspace->verifyBackup(b->id),
                      [this, id = b->id](const Result<VerifyResult>& r) {
                          if (!r) {
                              if (r.error().code != ErrorCode::Cancelled)
                                  emit problem(r.error().message, r.error().hint);
                          } else if (!r->problems.isEmpty()) {
                              emit problem(tr("%1 failed verification.").arg(id), r->problems.join(QLatin1Char(' ')));
                          } else {
                              emit statusMessage(tr("%1 is valid").arg(id));
                          }
                      });
}

void BackupBrowserPanel::verifyAll()
{
    if (!m_workspace || isBusy())
        return;
    run<QStringList>(
        tr("Verifying all backups…"), m_workspace->verifyAllBackups(), [this](const Result<QStringList>& r) {
            if (!r) {
                if (r.error().code != ErrorCode::Cancelled)
                    emit problem(r.error().message, r.error().hint);
            } else if (!r->isEmpty()) {
                emit problem(tr("Some backups failed verification or are incomplete."), r->join(QStringLiteral(", ")));
            } else {
                emit statusMessage(tr("All backups are valid"));
            }
        });
}

void BackupBrowserPanel::compareSelected()
{
    const BackupInfo* b = selected();
    if (!b || isBusy() || !m_workspace)
        return;
    run<BackupComparison>(
        tr("Comparing %1 with the live database…").arg(b->id), m_workspace->compareBackup(b->id),
        [this](const Result<BackupComparison>& r) {
            if (!r) {
                if (r.error().code != ErrorCode::Cancelled)
                    emit problem(r.error().message, r.error().hint);
                return;
            }
            const BackupComparison& cmp = r.value();
            const QLocale locale;
            QString html = tr("<h4>Compared with the live database</h4>");
            if (cmp.identical())
                html += tr("<p>Same schema and rows.</p>");
            html += QStringLiteral("<table cellspacing=4><tr><th align=left>%1</th><th align=right>%2</th><th "
                                   "align=right>%3</th><th align=right>%4</th><th align=right>%5</th><th "
                                   "align=right>%6</th></tr>")
                        .arg(tr("Table"), tr("Backup"), tr("Live"), tr("Added since"), tr("Deleted since"),
                             tr("Changed since"));
            auto count = [&](qint64 n) { return n < 0 ? QStringLiteral("—") : locale.toString(n); };
            for (const auto& t : cmp.tables) {
                if (!t.readable()) {
                    html += QStringLiteral("<tr><td>%1</td><td colspan=5>%2</td></tr>")
                                .arg(t.table.toHtmlEscaped(), tr("not compared: %1").arg(t.problem.toHtmlEscaped()));
                    continue;
                }
                html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td "
                                       "align=right>%4</td><td align=right>%5</td><td align=right>%6</td></tr>")
                            .arg(t.table.toHtmlEscaped(), count(t.rowsBefore), count(t.rowsAfter), count(t.added),
                                 count(t.removed), count(t.changed));
            }
            html += QStringLiteral("</table>");
            auto values = [](const QStringList& v) { return v.join(QStringLiteral(", ")).toHtmlEscaped(); };
            for (const auto& t : cmp.tables) {
                QStringList lines;
                for (const auto& r : t.addedSamples)
                    lines << tr("added %1: %2").arg(values(r.key), values(r.after));
                for (const auto& r : t.removedSamples)
                    lines << tr("deleted %1: %2").arg(values(r.key), values(r.before));
                for (const auto& r : t.changedSamples)
                    lines << tr("changed %1: %2 → %3").arg(values(r.key), values(r.before), values(r.after));
                if (!lines.isEmpty())
                    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                                .arg(t.table.toHtmlEscaped(), lines.join(QStringLiteral("<br>")));
            }
            for (const auto& c : cmp.schemaChanges)
                html += QStringLiteral("<p>%1</p>")
                            .arg((c.kind == SchemaChange::Kind::Added     ? tr("%1 %2 exists only in the live database")
                                  : c.kind == SchemaChange::Kind::Removed ? tr("%1 %2 exists only in the backup")
                                                                          : tr("%1 %2 differs"))
                                     .arg(schemaObjectTypeName(c.type), c.name.toHtmlEscaped()));
            m_compareHtml = html;
            showDetails();
        });
}

void BackupBrowserPanel::restoreSelected()
{
    const BackupInfo* b = selected();
    if (!b || isBusy() || !m_restore->isEnabled() || !m_workspace)
        return;
    const BackupInfo backup = *b;
    // The comparison is the heart of the decision: compute it first (off the UI thread), then ask.
    run<RestorePreview>(
        tr("Preparing the restore of %1…").arg(backup.id), m_workspace->prepareRestore(backup.id),
        [this, backup](const Result<RestorePreview>& r) {
            if (!r) {
                if (r.error().code != ErrorCode::Cancelled)
                    emit problem(tr("%1 cannot be restored: %2").arg(backup.id, r.error().message), r.error().hint);
                return;
            }
            auto* dialog = new RestoreDialog(backup, r->live, r->comparison, m_folder, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, id = backup.id] {
                if (!m_workspace || isBusy())
                    return;
                run<BackupManager::RestoreOutcome>(
                    tr("Restoring %1…").arg(id), m_workspace->restore(id),
                    [this, id](const Result<BackupManager::RestoreOutcome>& result) {
                        if (!result) {
                            if (result.error().code != ErrorCode::Cancelled)
                                emit problem(result.error().message, result.error().hint);
                            return;
                        }
                        const QString message = tr("Restored %1. The previous state is in the safety backup %2.")
                                                    .arg(id, result->safetyBackup.id);
                        if (!result->quickCheckProblems.isEmpty())
                            emit problem(tr("The restore finished, but quick_check reports problems."),
                                         result->quickCheckProblems.join(u' '));
                        emit databaseReplaced(message);
                    });
            });
            dialog->open();
        });
}

void BackupBrowserPanel::togglePin()
{
    const BackupInfo* b = selected();
    if (!b || isBusy() || !m_workspace)
        return;
    const bool pin = !b->metadata.pinned;
    run<void>(pin ? tr("Pinning %1…").arg(b->id) : tr("Unpinning %1…").arg(b->id),
              m_workspace->setBackupPinned(b->id, pin), [this](const Result<void>& r) {
                  if (!r && r.error().code != ErrorCode::Cancelled)
                      emit problem(r.error().message, r.error().hint);
              });
}

void BackupBrowserPanel::deleteSelected()
{
    const BackupInfo* b = selected();
    if (!b || isBusy() || !m_workspace)
        return;
    const QString id = b->id;
    if (!Prompt::confirm(this, tr("Delete Backup"),
                         tr("Delete the backup %1? Its file and metadata are removed from the disk.").arg(id),
                         tr("Delete")))
        return;
    run<void>(tr("Deleting %1…").arg(id), m_workspace->removeBackup(id), [this, id](const Result<void>& r) {
        if (!r) {
            if (r.error().code != ErrorCode::Cancelled)
                emit problem(r.error().message, r.error().hint);
        } else {
            emit statusMessage(tr("Deleted %1").arg(id));
        }
    });
}

} // namespace steward
