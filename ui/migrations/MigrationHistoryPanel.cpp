#include "migrations/MigrationHistoryPanel.h"

#include "Settings.h"
#include "common/FileDialog.h"
#include "common/JobProgress.h"
#include "common/Prompt.h"
#include "jobs/Job.h"
#include "migrations/MigrationPlanDialog.h"
#include "migrations/MigrationSet.h"
#include "migrations/Migrator.h"
#include "models/MigrationListModel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace steward {

MigrationHistoryPanel::MigrationHistoryPanel(Settings& settings, QWidget* parent)
    : Panel(parent)
    , m_settings(settings)
    , m_model(new MigrationListModel(this))
    , m_proxy(new MigrationFilterProxy(this))
    , m_view(new QTableView)
    , m_filter(new QLineEdit)
    , m_statusFilter(new QComboBox)
    , m_up(new QPlainTextEdit)
    , m_down(new QPlainTextEdit)
    , m_details(new QPlainTextEdit)
    , m_events(new QTreeWidget)
    , m_jobs(new JobProgress(QStringLiteral("migration")))
{
    setObjectName(QStringLiteral("migrationsPanel"));
    m_proxy->setSourceModel(m_model);

    auto* toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [&](const QString& text, const QString& name, QKeySequence key, void (MigrationHistoryPanel::*slot)()) {
        QAction* a = toolbar->addAction(text, this, slot);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(a);
        }
        return a;
    };
    m_apply = add(tr("Apply pending…"), QStringLiteral("migrationApply"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &MigrationHistoryPanel::applyPending);
    m_rollback = add(tr("Roll back to this version…"), QStringLiteral("migrationRollback"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), &MigrationHistoryPanel::rollbackToSelected);
    toolbar->addSeparator();
    m_validate = add(tr("Validate"), QStringLiteral("migrationValidate"), {}, &MigrationHistoryPanel::validate);
    m_repair = add(tr("Repair…"), QStringLiteral("migrationRepair"), {}, &MigrationHistoryPanel::repair);
    m_baseline = add(tr("Baseline…"), QStringLiteral("migrationBaseline"), {}, &MigrationHistoryPanel::baseline);
    toolbar->addSeparator();
    m_openFolder = toolbar->addAction(tr("Open migrations folder"), this,
                                      [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    m_openFolder->setObjectName(QStringLiteral("migrationOpenFolder"));
    m_chooseFolder =
        add(tr("Change folder…"), QStringLiteral("migrationChooseFolder"), {}, &MigrationHistoryPanel::chooseFolder);

    m_filter->setObjectName(QStringLiteral("migrationFilter"));
    m_filter->setPlaceholderText(tr("Filter migrations…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MigrationFilterProxy::setText);
    m_statusFilter->setObjectName(QStringLiteral("migrationStatusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (auto st :
         {MigrationStatus::Applied, MigrationStatus::Pending, MigrationStatus::RolledBack, MigrationStatus::Modified,
          MigrationStatus::Missing, MigrationStatus::Failed, MigrationStatus::OutOfOrder})
        m_statusFilter->addItem(MigrationListModel::statusText(st), int(st));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_statusFilter->currentData().toInt()); });

    m_view->setObjectName(QStringLiteral("migrationList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MigrationListModel::Version, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(MigrationListModel::Name, QHeaderView::Stretch);
    for (int c : {MigrationListModel::Version, MigrationListModel::Status, MigrationListModel::AppliedAt,
                  MigrationListModel::RolledBackAt, MigrationListModel::Duration})
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateActions();
    });

    for (auto* text : {m_up, m_down, m_details}) {
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_up->setObjectName(QStringLiteral("migrationUpSql"));
    m_down->setObjectName(QStringLiteral("migrationDownSql"));
    m_details->setObjectName(QStringLiteral("migrationDetails"));
    m_events->setObjectName(QStringLiteral("migrationEvents"));
    m_events->setHeaderLabels({tr("Time"), tr("Version"), tr("Event"), tr("Detail")});
    m_events->setRootIsDecorated(false);
    auto* tabs = new QTabWidget;
    tabs->addTab(m_details, tr("Details"));
    tabs->addTab(m_up, tr("Up SQL"));
    tabs->addTab(m_down, tr("Down SQL"));
    tabs->addTab(m_events, tr("History"));

    auto* top = new QHBoxLayout;
    top->addWidget(toolbar, 1);
    top->addWidget(m_statusFilter);
    top->addWidget(m_filter);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // No migrations folder: what the database records is listed, and the way to the files is offered right here.
    m_notice = new QWidget;
    m_notice->setObjectName(QStringLiteral("migrationNotice"));
    m_noticeText = new QLabel;
    m_noticeText->setObjectName(QStringLiteral("migrationNoticeText"));
    m_noticeText->setWordWrap(true);
    auto* choose = new QPushButton(tr("Choose Folder…"));
    choose->setObjectName(QStringLiteral("migrationNoticeChoose"));
    connect(choose, &QPushButton::clicked, this, &MigrationHistoryPanel::chooseFolder);
    auto* noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(8, 4, 8, 4);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(choose);
    m_notice->setStyleSheet(QStringLiteral("#migrationNotice { background: #fff8e1; border: 1px solid #f0c36d; }"));
    m_notice->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_jobs);
    layout->addWidget(split, 1);
    connect(m_jobs, &JobProgress::busyChanged, this, &MigrationHistoryPanel::updateActions);
    setWorkspace(nullptr);
}

void MigrationHistoryPanel::setWorkspace(Workspace* workspace)
{
    // A confirmation shown for the database that was open never runs on another one.
    for (auto* dialog : findChildren<MigrationPlanDialog*>())
        dialog->reject();
    m_jobs->stop();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_folder = workspace ? workspace->migrationsFolder() : QString();
    m_layout = {};
    m_loadError.clear();
    m_model->setMigrations({});
    m_events->clear();
    if (workspace) {
        // Whoever changed them (this panel, the CLI's twin in core, a restore, a folder chosen elsewhere).
        connect(workspace, &Workspace::migrationsChanged, this, &MigrationHistoryPanel::reload);
        connect(workspace, &Workspace::circuitChanged, this, &MigrationHistoryPanel::updateActions);
    }
    reload();
}

QString MigrationHistoryPanel::folder() const
{
    return m_workspace ? m_workspace->migrationsFolder() : QString();
}

QString MigrationHistoryPanel::newestApplied() const
{
    QString newest;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const MigrationState* m = m_model->migration(row); m->isApplied() && !m->repeatable)
            newest = m->versionText.isEmpty() ? QString::number(m->version) : m->versionText;
    return newest;
}

void MigrationHistoryPanel::onDatabaseChanged()
{
    reload(); // its own job goes on, never stopped for another panel's change
}

void MigrationHistoryPanel::reload()
{
    if (!m_workspace) {
        showDetails();
        updateActions();
        return;
    }
    m_jobs->whenIdle([this] {
        if (!m_workspace)
            return; // closed meanwhile
        m_folder = m_workspace->migrationsFolder();
        m_jobs->run<MigrationsView>(
            tr("Reading the migrations…"), m_workspace->readMigrations(),
            [this](const Result<MigrationsView>& r) { showView(r); }, JobKind::Read);
        updateActions();
    });
}

void MigrationHistoryPanel::showView(const Result<MigrationsView>& r)
{
    if (!r && r.error().code == ErrorCode::Cancelled) { // what was shown stays
        emit statusMessage(tr("Reading the migrations was cancelled; F5 reads them again."));
        updateActions();
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const qint64 version = current.isValid() ? current.data(MigrationListModel::VersionRole).toLongLong() : -1;
    m_loadError.clear();
    m_events->clear();
    if (!r) {
        m_model->setMigrations({});
        m_loadError = r.error().toText();
        m_layout = {};
    } else {
        m_model->setMigrations(r->overview.states);
        m_layout = r->overview.layout;
        const QLocale locale;
        for (const auto& e : r->events)
            new QTreeWidgetItem(m_events, {locale.toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                           QString::number(e.version), e.event, e.detail});
    }
    m_noticeText->setText(m_layout.folderMissing
                              ? tr("<b>No migrations folder.</b> %1").arg(m_layout.readOnlyReason.toHtmlEscaped())
                              : QString());
    m_notice->setVisible(m_layout.folderMissing);
    if (version >= 0)
        selectVersion(version);
    else if (m_proxy->rowCount() > 0)
        m_view->selectRow(m_proxy->rowCount() - 1);
    showDetails();
    updateActions();
    emit loaded();
}

void MigrationHistoryPanel::selectVersion(qint64 version)
{
    const int row = m_model->rowOf(version);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
}

const MigrationState* MigrationHistoryPanel::selected() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->migration(m_proxy->mapToSource(index).row()) : nullptr;
}

bool MigrationHistoryPanel::isBusy() const
{
    return m_jobs->isBusy();
}

void MigrationHistoryPanel::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool idle = !isBusy();
    // While the circuit is open every action that needs the database is refused: say why, and when it is tried again.
    const QString unavailable = open ? m_workspace->unavailableReason() : QString();
    const bool available = unavailable.isEmpty();
    // A folder Steward only reads (goose's Go migrations): the application applies and rolls back; Steward shows it.
    const bool writable = open && !m_workspace->isReadOnly() && m_layout.writable;
    const QString readOnlyReason = m_layout.writable ? QString() : m_layout.readOnlyReason;
    for (QAction* a : {m_apply, m_rollback, m_repair, m_baseline})
        a->setToolTip(!available                 ? unavailable
                      : readOnlyReason.isEmpty() ? a->text().remove(QLatin1Char('&'))
                                                 : readOnlyReason);
    m_validate->setToolTip(available ? m_validate->text() : unavailable);
    const MigrationState* m = selected();
    bool pending = false;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto st = m_model->migration(r)->status;
        pending = pending || st == MigrationStatus::Pending || st == MigrationStatus::RolledBack ||
                  st == MigrationStatus::Failed || st == MigrationStatus::OutOfOrder;
    }
    m_apply->setEnabled(open && available && idle && writable && pending);
    m_rollback->setEnabled(open && available && idle && writable && m && m->isApplied());
    m_validate->setEnabled(open && available && idle && m_loadError.isEmpty());
    m_repair->setEnabled(open && available && idle && writable);
    m_baseline->setEnabled(open && available && idle && writable && m);
    m_openFolder->setEnabled(open && QFileInfo(m_folder).isDir());
    m_chooseFolder->setEnabled(open && idle);
}

void MigrationHistoryPanel::showDetails()
{
    const MigrationState* m = selected();
    if (!m) {
        m_up->clear();
        m_down->clear();
        m_details->setPlainText(
            !m_workspace
                ? QString()
                : (m_loadError.isEmpty()
                       ? tr("%1 migrations in %2\nHistory table: %3%4")
                             .arg(m_layout.format, QDir::toNativeSeparators(m_folder), m_layout.historyTable,
                                  m_layout.writable ? QString() : QStringLiteral("\n") + m_layout.readOnlyReason)
                       : tr("The migrations cannot be read: %1\nFolder: %2")
                             .arg(m_loadError, QDir::toNativeSeparators(m_folder))));
        return;
    }
    const QLocale locale;
    m_up->setPlainText(m->upSql);
    m_down->setPlainText(m->downSql.isEmpty() ? tr("-- no down SQL: this migration cannot be rolled back")
                                              : (m->downSource == QLatin1String("stored")
                                                     ? tr("-- stored when the migration was applied\n")
                                                     : tr("-- from the migration file\n")) +
                                                    m->downSql);
    QStringList lines{tr("Version:     %1").arg(m->versionText), tr("Name:        %1").arg(m->name),
                      tr("File:        %1").arg(m->fileName.isEmpty() ? tr("(missing)") : m->fileName),
                      tr("Status:      %1").arg(MigrationListModel::statusText(m->status)),
                      tr("Format:      %1, history table %2").arg(m_layout.format, m_layout.historyTable)};
    if (m->appliedAt.isValid())
        lines << tr("Applied at:  %1").arg(locale.toString(m->appliedAt.toLocalTime(), QLocale::LongFormat));
    if (m->rolledBackAt.isValid())
        lines << tr("Rolled back: %1").arg(locale.toString(m->rolledBackAt.toLocalTime(), QLocale::LongFormat));
    if (m->executionMs >= 0)
        lines << tr("Duration:    %1 ms").arg(m->executionMs);
    lines << tr("Checksum:    %1").arg(m->fileChecksum);
    if (m->status == MigrationStatus::Modified) {
        lines << QString()
              << tr("The file changed after it was applied (applied checksum %1).").arg(m->appliedChecksum);
        lines << tr("Repair accepts the file as it is. What changed (- as applied, + the file now):") << QString();
        if (!m->appliedUpSql.isEmpty())
            lines += lineDiff(m->appliedUpSql, m->upSql);
    }
    if (!m->upInTransaction)
        lines << tr("This migration runs outside a transaction, as its file says.");
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void MigrationHistoryPanel::prepareAndConfirm(bool rollback, qint64 target)
{
    if (isBusy() || !m_workspace)
        return;
    m_jobs->run<PreparedMigration>(
        rollback ? tr("Dry run of the rollback to %1 on a scratch copy…").arg(target)
                 : tr("Dry run of the pending migrations on a scratch copy…"),
        m_workspace->prepareMigration(rollback, target), [this, rollback](const Result<PreparedMigration>& r) {
            if (!r) {
                if (r.error().code != ErrorCode::Cancelled)
                    emit problem(r.error().message, r.error().hint);
                return;
            }
            if (r->plan.steps.isEmpty()) {
                emit statusMessage(rollback ? tr("Nothing to roll back") : tr("Nothing to apply"));
                return;
            }
            auto* dialog = new MigrationPlanDialog(r->plan, r->preview, m_workspace->backupsFolder(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, rollback, target = r->plan.target] {
                if (!m_workspace || isBusy())
                    return;
                m_jobs->run<MigrationOutcome>(
                    rollback ? tr("Rolling back to %1…").arg(target) : tr("Applying migrations…"),
                    rollback ? m_workspace->rollbackTo(target) : m_workspace->migrate(),
                    [this, rollback](const Result<MigrationOutcome>& done) {
                        if (!done) {
                            if (done.error().code != ErrorCode::Cancelled)
                                emit problem(done.error().message, done.error().hint);
                            return;
                        }
                        QStringList versions;
                        for (qint64 v : done->versions)
                            versions << QString::number(v);
                        const QString list = versions.join(QStringLiteral(", "));
                        emit changedDatabase(
                            rollback ? tr("Rolled back %1. Backup taken first: %2.").arg(list, done->backupId)
                                     : tr("Applied %1. Backup taken first: %2.").arg(list, done->backupId));
                    });
            });
            dialog->open();
        });
}

void MigrationHistoryPanel::applyPending()
{
    prepareAndConfirm(false, 0);
}

void MigrationHistoryPanel::rollbackToSelected()
{
    const MigrationState* m = selected();
    if (m && m->isApplied())
        prepareAndConfirm(true, m->version);
}

void MigrationHistoryPanel::validate()
{
    if (isBusy() || !m_workspace)
        return;
    m_jobs->run<QStringList>(tr("Validating the applied migrations…"), m_workspace->validateMigrations(),
                             [this](const Result<QStringList>& problems) {
                                 if (!problems) {
                                     if (problems.error().code != ErrorCode::Cancelled)
                                         emit problem(problems.error().message, problems.error().hint);
                                 } else if (problems->isEmpty()) {
                                     emit statusMessage(tr("All applied migrations match their files"));
                                 } else {
                                     emit problem(
                                         tr("%1 migrations are modified, missing or failed.").arg(problems->size()),
                                         problems->join(QStringLiteral("; ")));
                                 }
                             });
}

void MigrationHistoryPanel::repair()
{
    if (isBusy() || !m_workspace)
        return;
    if (!Prompt::confirm(this, tr("Repair Migrations"),
                         tr("Accept the current files' checksums for modified migrations and clear failed entries? "
                            "Nothing is run against the schema."),
                         tr("Repair")))
        return;
    m_jobs->run<int>(tr("Repairing the migration history…"), m_workspace->repairMigrations(),
                     [this](const Result<int>& n) {
                         if (!n) {
                             if (n.error().code != ErrorCode::Cancelled)
                                 emit problem(n.error().message, n.error().hint);
                         } else {
                             emit statusMessage(tr("%1 entries repaired").arg(n.value()));
                         }
                     });
}

void MigrationHistoryPanel::baseline()
{
    const MigrationState* m = selected();
    if (!m || isBusy() || !m_workspace)
        return;
    const qint64 version = m->version;
    if (!Prompt::confirm(this, tr("Baseline"),
                         tr("Mark the database as migrated up to %1 without running anything?").arg(version),
                         tr("Baseline")))
        return;
    m_jobs->run<void>(tr("Recording the baseline %1…").arg(version), m_workspace->baseline(version),
                      [this](const Result<void>& r) {
                          if (!r && r.error().code != ErrorCode::Cancelled)
                              emit problem(r.error().message, r.error().hint);
                      });
}

void MigrationHistoryPanel::chooseFolder()
{
    if (!m_workspace)
        return;
    const QString folder = FileDialog::getExistingDirectory(this, tr("Migrations Folder"), m_folder);
    if (folder.isEmpty())
        return;
    m_folder = QFileInfo(folder).absoluteFilePath();
    m_workspace->setMigrationsFolder(m_folder); // announced: every user of the folder follows, this panel too
    reload();
}

} // namespace steward
