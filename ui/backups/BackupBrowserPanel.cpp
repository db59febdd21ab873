#include "backups/BackupBrowserPanel.h"

#include "Audit.h"
#include "Settings.h"
#include "backup/BackupManager.h"
#include "backups/RestoreDialog.h"
#include "common/FileDialog.h"
#include "common/JobProgress.h"
#include "common/Prompt.h"
#include "db/DatabaseSession.h"
#include "jobs/Job.h"
#include "models/BackupListModel.h"

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

namespace {

struct ManagerParams {
    QString database;
    QString folder;
    CopyOptions copy;
};

BackupManager makeManager(const ManagerParams& p)
{
    BackupManager m(p.database, p.folder, Clock::system(), &AuditTrail::instance());
    m.setCopyOptions(p.copy);
    return m;
}

} // namespace

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
    connect(&m_settings, &Settings::databaseValueChanged, this, [this](const QString& database, DatabaseSetting key) {
        if (key == DatabaseSetting::BackupsFolder && database == m_databasePath)
            followFolder();
    });

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
        if (!m_databasePath.isEmpty() && !isBusy())
            run(
                tr("Scheduled backup"),
                [p = ManagerParams{m_databasePath, m_folder, {}}](JobContext& ctx) -> Result<QVariant> {
                    auto b = makeManager(p).create(QStringLiteral("scheduled"), &ctx);
                    if (!b)
                        return b.error();
                    return QVariant(b->id);
                },
                [this](const Result<QVariant>& r) {
                    if (!r)
                        emit problem(tr("The scheduled backup failed: %1").arg(r.error().message), r.error().hint);
                    reload();
                });
    });
    setSession(nullptr);
}

BackupBrowserPanel::~BackupBrowserPanel() = default;

void BackupBrowserPanel::setSession(DatabaseSession* session)
{
    m_jobs->stop();
    m_session = session;
    m_databasePath = session ? session->path() : QString();
    m_folder = session ? m_settings.backupsFolder(m_databasePath) : QString();
    m_compareHtml.clear();
    if (session)
        BackupManager(m_databasePath, m_folder).removeLeftovers();
    const qint64 minutes = m_settings.intValue(SettingKey::BackupIntervalMinutes);
    if (session && minutes > 0)
        m_schedule->start(std::chrono::minutes(minutes));
    else
        m_schedule->stop();
    reload();
}

// The database's backups folder as the settings say (chosen here, or elsewhere: every user of it follows).
void BackupBrowserPanel::followFolder()
{
    if (m_databasePath.isEmpty())
        return;
    const QString folder = m_settings.backupsFolder(m_databasePath);
    if (folder == m_folder)
        return;
    m_folder = folder;
    if (isBusy()) { // a job in progress keeps its folder; the list follows when it ends
        m_jobs->whenIdle([this] { reload(); });
        return;
    }
    BackupManager(m_databasePath, m_folder).removeLeftovers();
    reload();
}

void BackupBrowserPanel::onDatabaseChanged()
{
    m_jobs->whenIdle([this] { reload(); }); // a backup or restore in progress goes on; the list follows
}

void BackupBrowserPanel::reload()
{
    const QString current = selected() ? selected()->id : QString();
    if (m_databasePath.isEmpty()) {
        m_model->setBackups({});
    } else {
        auto all = BackupManager(m_databasePath, m_folder).list();
        if (!all) {
            m_model->setBackups({});
            emit problem(all.error().message, all.error().hint);
        } else {
            m_model->setBackups(all.value());
        }
    }
    m_view->resizeColumnToContents(BackupListModel::Size);
    if (!current.isEmpty())
        selectBackup(current);
    else if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    showDetails();
    updateActions();
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
    const bool open = !m_databasePath.isEmpty();
    const bool idle = !isBusy();
    const BackupInfo* b = selected();
    const bool readOnly = m_session && m_session->connection().isReadOnly();
    m_create->setEnabled(open && idle);
    m_verifyAll->setEnabled(open && idle && m_model->rowCount() > 0);
    m_verify->setEnabled(idle && b);
    m_compare->setEnabled(idle && b && b->hasMetadata);
    m_restore->setEnabled(idle && b && b->hasMetadata && b->status != BackupStatus::Corrupt && !readOnly);
    m_restore->setToolTip(readOnly ? tr("The live database is read-only") : m_restore->toolTip());
    m_pin->setEnabled(idle && b && b->hasMetadata);
    m_pin->setText(b && b->metadata.pinned ? tr("Unpin") : tr("Pin"));
    m_delete->setEnabled(idle && b);
    m_openFolder->setEnabled(open);
    m_chooseFolder->setEnabled(open && idle);
    m_import->setEnabled(open && idle);
}

void BackupBrowserPanel::chooseFolder()
{
    if (m_databasePath.isEmpty())
        return;
    const QString folder = FileDialog::getExistingDirectory(this, tr("Backups Folder"), m_folder);
    if (folder.isEmpty())
        return;
    const QString normal = QFileInfo(folder).absoluteFilePath();
    m_settings.setDatabaseValue(m_databasePath, DatabaseSetting::BackupsFolder,
                                normal == BackupManager::defaultFolder(m_databasePath) ? QString() : normal);
    followFolder(); // also done on the settings' announcement; here for an unchanged value too
    emit statusMessage(tr("Backups of this database now go to %1").arg(QDir::toNativeSeparators(m_folder)));
}

void BackupBrowserPanel::importFile()
{
    if (m_databasePath.isEmpty() || isBusy())
        return;
    const QString file =
        FileDialog::getOpenFileName(this, tr("Import a Database as a Backup"), QString(),
                                    tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)"));
    if (file.isEmpty())
        return;
    run(
        tr("Importing %1…").arg(QFileInfo(file).fileName()),
        [p = ManagerParams{m_databasePath, m_folder, {}}, file](JobContext& ctx) -> Result<QVariant> {
            auto b = makeManager(p).importFile(file, QStringLiteral("imported from %1").arg(QFileInfo(file).fileName()),
                                               &ctx);
            if (!b)
                return b.error();
            return QVariant(b->id);
        },
        [this](const Result<QVariant>& r) { showNewBackup(r, tr("Imported as %1")); });
}

void BackupBrowserPanel::showDetails()
{
    const BackupInfo* b = selected();
    if (!b) {
        m_details->setHtml(m_databasePath.isEmpty()
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
        html += row(tr("Size"), QStringLiteral("%1 (%2 pages of %3 bytes)")
                                    .arg(locale.formattedDataSize(m.size))
                                    .arg(m.pageCount)
                                    .arg(m.pageSize));
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

void BackupBrowserPanel::run(const QString& title, std::function<Result<QVariant>(JobContext&)> work,
                             std::function<void(const Result<QVariant>&)> onDone)
{
    m_jobs->run(title, std::move(work), [this, onDone = std::move(onDone)](const Result<QVariant>& result) {
        updateActions();
        onDone(result);
        updateActions();
    });
    updateActions();
}

void BackupBrowserPanel::createBackup()
{
    if (m_databasePath.isEmpty() || isBusy())
        return;
    auto reason = Prompt::text(this, tr("Create Backup"), tr("Why are you taking this backup?"), tr("manual backup"));
    if (!reason)
        return;
    run(
        tr("Creating a backup…"),
        [p = ManagerParams{m_databasePath, m_folder, {}},
         reason = reason->trimmed()](JobContext& ctx) -> Result<QVariant> {
            auto b = makeManager(p).create(reason.isEmpty() ? QStringLiteral("manual backup") : reason, &ctx);
            if (!b)
                return b.error();
            return QVariant(b->id);
        },
        [this](const Result<QVariant>& r) { showNewBackup(r, tr("Backup %1 created")); });
}

void BackupBrowserPanel::showNewBackup(const Result<QVariant>& r, const QString& message)
{
    reload();
    if (!r) {
        if (r.error().code != ErrorCode::Cancelled)
            emit problem(r.error().message, r.error().hint);
        return;
    }
    selectBackup(r->toString());
    emit statusMessage(message.arg(r->toString()));
}

void BackupBrowserPanel::verifySelected()
{
    const BackupInfo* b = selected();
    if (!b || isBusy())
        return;
    run(
        tr("Verifying %1…").arg(b->id),
        [p = ManagerParams{m_databasePath, m_folder, {}}, id = b->id](JobContext& ctx) -> Result<QVariant> {
            auto v = makeManager(p).verify(id, &ctx);
            if (!v)
                return v.error();
            return QVariant(v->problems);
        },
        [this, id = b->id](const Result<QVariant>& r) {
            reload();
            if (!r)
                emit problem(r.error().message, r.error().hint);
            else if (!r->toStringList().isEmpty())
                emit problem(tr("%1 failed verification.").arg(id), r->toStringList().join(QLatin1Char(' ')));
            else
                emit statusMessage(tr("%1 is valid").arg(id));
        });
}

void BackupBrowserPanel::verifyAll()
{
    if (m_databasePath.isEmpty() || isBusy())
        return;
    run(
        tr("Verifying all backups…"),
        [p = ManagerParams{m_databasePath, m_folder, {}}](JobContext& ctx) -> Result<QVariant> {
            BackupManager manager = makeManager(p);
            auto all = manager.list();
            if (!all)
                return all.error();
            QStringList failed;
            int i = 0;
            for (const auto& b : all.value()) {
                if (ctx.isCancelled())
                    return makeError(ErrorCode::Cancelled, tr("The operation was cancelled."));
                ctx.setProgress(i++, all->size(), tr("Verifying %1…").arg(b.id));
                auto v = b.hasMetadata ? manager.verify(b.id, nullptr) : Result<VerifyResult>(VerifyResult{});
                if (!v || !v->ok)
                    failed << b.id;
            }
            return QVariant(failed);
        },
        [this](const Result<QVariant>& r) {
            reload();
            if (!r) {
                if (r.error().code != ErrorCode::Cancelled)
                    emit problem(r.error().message, r.error().hint);
            } else if (!r->toStringList().isEmpty()) {
                emit problem(tr("Some backups failed verification or are incomplete."),
                             r->toStringList().join(QStringLiteral(", ")));
            } else {
                emit statusMessage(tr("All backups are valid"));
            }
        });
}

void BackupBrowserPanel::compareSelected()
{
    const BackupInfo* b = selected();
    if (!b || isBusy())
        return;
    run(
        tr("Comparing %1 with the live database…").arg(b->id),
        [p = ManagerParams{m_databasePath, m_folder, {}}, id = b->id](JobContext&) -> Result<QVariant> {
            auto cmp = makeManager(p).compare(id);
            if (!cmp)
                return cmp.error();
            return QVariant::fromValue(cmp.value());
        },
        [this](const Result<QVariant>& r) {
            if (!r) {
                emit problem(r.error().message, r.error().hint);
                return;
            }
            const auto cmp = r->value<BackupComparison>();
            const QLocale locale;
            QString html = tr("<h4>Compared with the live database</h4>");
            if (cmp.identical())
                html += tr("<p>Same schema and row counts.</p>");
            html += QStringLiteral("<table cellspacing=4><tr><th align=left>%1</th><th align=right>%2</th><th "
                                   "align=right>%3</th></tr>")
                        .arg(tr("Table"), tr("Backup"), tr("Live"));
            for (const auto& t : cmp.tables)
                html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>")
                            .arg(t.table.toHtmlEscaped(),
                                 t.backupRows < 0 ? QStringLiteral("—") : locale.toString(t.backupRows),
                                 t.liveRows < 0 ? QStringLiteral("—") : locale.toString(t.liveRows));
            html += QStringLiteral("</table>");
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
    if (!b || isBusy() || !m_restore->isEnabled())
        return;
    const BackupInfo backup = *b;
    // The comparison is the heart of the decision: compute it first (off the UI thread), then ask.
    run(
        tr("Preparing the restore of %1…").arg(backup.id),
        [p = ManagerParams{m_databasePath, m_folder, {}}, id = backup.id](JobContext&) -> Result<QVariant> {
            auto cmp = makeManager(p).compare(id);
            if (!cmp)
                return cmp.error();
            return QVariant::fromValue(cmp.value());
        },
        [this, backup](const Result<QVariant>& r) {
            if (!r) {
                emit problem(tr("%1 cannot be restored: %2").arg(backup.id, r.error().message), r.error().hint);
                return;
            }
            auto live = m_session ? m_session->info() : Result<DatabaseInfo>(DatabaseInfo{});
            auto* dialog = new RestoreDialog(backup, live ? live.value() : DatabaseInfo{}, r->value<BackupComparison>(),
                                             m_folder, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, id = backup.id] {
                run(
                    tr("Restoring %1…").arg(id),
                    [p = ManagerParams{m_databasePath, m_folder, {}}, id](JobContext& ctx) -> Result<QVariant> {
                        auto o = makeManager(p).restore(id, &ctx);
                        if (!o)
                            return o.error();
                        return QVariant(QStringList{o->safetyBackup.id} + o->quickCheckProblems);
                    },
                    [this, id](const Result<QVariant>& result) {
                        reload();
                        if (!result) {
                            if (result.error().code != ErrorCode::Cancelled)
                                emit problem(result.error().message, result.error().hint);
                            return;
                        }
                        const QStringList parts = result->toStringList();
                        QString message =
                            tr("Restored %1. The previous state is in the safety backup %2.").arg(id, parts.first());
                        if (parts.size() > 1)
                            emit problem(tr("The restore finished, but quick_check reports problems."),
                                         parts.mid(1).join(u' '));
                        emit databaseReplaced(message);
                    });
            });
            dialog->open();
        });
}

void BackupBrowserPanel::togglePin()
{
    const BackupInfo* b = selected();
    if (!b || isBusy())
        return;
    const bool pin = !b->metadata.pinned;
    if (auto r =
            BackupManager(m_databasePath, m_folder, Clock::system(), &AuditTrail::instance()).setPinned(b->id, pin);
        !r)
        emit problem(r.error().message, r.error().hint);
    reload();
}

void BackupBrowserPanel::deleteSelected()
{
    const BackupInfo* b = selected();
    if (!b || isBusy())
        return;
    const QString id = b->id;
    if (!Prompt::confirm(this, tr("Delete Backup"),
                         tr("Delete the backup %1? Its file and metadata are removed from the disk.").arg(id),
                         tr("Delete")))
        return;
    if (auto r = BackupManager(m_databasePath, m_folder, Clock::system(), &AuditTrail::instance()).remove(id); !r)
        emit problem(r.error().message, r.error().hint);
    else
        emit statusMessage(tr("Deleted %1").arg(id));
    reload();
}

} // namespace steward
