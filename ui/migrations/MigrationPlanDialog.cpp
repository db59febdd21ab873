#include "migrations/MigrationPlanDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

MigrationPlanDialog::MigrationPlanDialog(const MigrationPlan& plan, const MigrationPreview& preview,
                                         const QString& backupsFolder, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
{
    const bool rollback = plan.kind == MigrationPlan::Kind::Rollback;
    setObjectName(QStringLiteral("migrationPlanDialog"));
    setWindowTitle(rollback ? tr("Roll Back to Version %1").arg(plan.target) : tr("Apply Pending Migrations"));
    const QLocale locale;

    auto* intro = new QLabel(
        rollback ? (plan.outsideTransaction
                        ? tr("<b>These migrations will be undone, newest first.</b> Some of them cannot run inside a "
                             "transaction: if one fails, the backup taken first is the way back.")
                        : tr("<b>These migrations will be undone, newest first, in one transaction</b>: all of them or "
                             "none."))
                 : (plan.outsideTransaction
                        ? tr("<b>These migrations will be applied, oldest first.</b> Some of them run outside a "
                             "transaction: if one fails, the backup taken first is the way back.")
                        : tr("<b>These migrations will be applied, oldest first</b>, each in its own transaction.")));
    intro->setWordWrap(true);

    auto* steps = new QTreeWidget;
    steps->setObjectName(QStringLiteral("planSteps"));
    steps->setHeaderLabels({tr("Version"), tr("Name"), rollback ? tr("Applied at") : tr("File")});
    steps->setRootIsDecorated(false);
    for (const auto& s : plan.steps) {
        auto* item = new QTreeWidgetItem(
            steps, {QString::number(s.version), s.name,
                    rollback ? locale.toString(s.appliedAt.toLocalTime(), QLocale::ShortFormat) : s.fileName});
        item->setData(0, Qt::UserRole, rollback ? s.downSql : s.upSql);
        item->setData(1, Qt::UserRole, s.downSource);
    }
    steps->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* sql = new QPlainTextEdit;
    sql->setObjectName(QStringLiteral("planSql"));
    sql->setReadOnly(true);
    sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(steps, &QTreeWidget::currentItemChanged, this, [sql, rollback](QTreeWidgetItem* item) {
        if (!item)
            return;
        const QString source = item->data(1, Qt::UserRole).toString();
        QString header;
        if (rollback)
            header = source == QLatin1String("stored") ? tr("-- down SQL stored when the migration was applied\n")
                                                       : tr("-- down SQL from the migration file\n");
        sql->setPlainText(header + item->data(0, Qt::UserRole).toString());
    });
    if (steps->topLevelItemCount() > 0)
        steps->setCurrentItem(steps->topLevelItem(0));

    auto* dryRun = new QLabel;
    dryRun->setObjectName(QStringLiteral("planDryRun"));
    dryRun->setWordWrap(true);
    m_canRun = preview.succeeded;
    dryRun->setText(preview.succeeded ? tr("Dry run on a scratch copy of the database: succeeded.")
                                      : tr("<b>Dry run on a scratch copy failed:</b> %1<br>Nothing can run until this "
                                           "is fixed.")
                                            .arg(preview.failure.toHtmlEscaped()));
    if (!preview.succeeded)
        dryRun->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto* schema = new QLabel(preview.schemaChanges.isEmpty()
                                  ? tr("Schema: no change.")
                                  : tr("Schema: %1.").arg(preview.schemaChanges.join(QStringLiteral(", "))));
    schema->setObjectName(QStringLiteral("planSchema"));
    schema->setWordWrap(true);

    QStringList losses;
    for (const auto& t : preview.droppedTables)
        losses << tr("table %1 with %2 rows will be dropped").arg(t.table, locale.toString(t.rows));
    for (const auto& c : preview.droppedColumns)
        losses << tr("column %1 of table %2 with %3 values will be dropped")
                      .arg(c.column, c.table, locale.toString(c.nonNullValues));
    for (const auto& t : preview.deletedRows)
        losses << tr("%1 rows of table %2 will be deleted").arg(locale.toString(t.rows), t.table);
    for (const auto& t : preview.changedRows)
        losses << tr("%1 rows of table %2 will get other values (the old ones are lost)")
                      .arg(locale.toString(t.rows), t.table);
    for (const auto& t : preview.unreadable)
        losses << tr("table %1 could not be compared (%2), so what it loses is unknown").arg(t.table, t.problem);
    auto* loss =
        new QLabel(losses.isEmpty() ? tr("No data will be lost.")
                                    : tr("<b>Data that will be lost:</b> %1.").arg(losses.join(QStringLiteral("; "))));
    loss->setObjectName(QStringLiteral("planLoss"));
    loss->setWordWrap(true);
    if (!losses.isEmpty())
        loss->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto* backup = new QLabel(
        tr("Before anything runs, Steward backs up the database to %1.").arg(QDir::toNativeSeparators(backupsFolder)));
    backup->setObjectName(QStringLiteral("planBackup"));
    backup->setWordWrap(true);

    auto* buttons = new QDialogButtonBox;
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("planCancel"));
    m_run = buttons->addButton(rollback ? tr("Roll back") : tr("Apply"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("planRun"));
    m_run->setAutoDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(steps);
    split->addWidget(sql);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    layout->addWidget(dryRun);
    layout->addWidget(schema);
    layout->addWidget(loss);
    layout->addWidget(backup);
    m_needsTyping = preview.losesData();
    if (m_needsTyping) {
        auto* label = new QLabel(rollback ? tr("Type the target version, %1, to confirm:").arg(plan.target)
                                          : tr("Type the last version, %1, to confirm:").arg(plan.target));
        m_confirm = new QLineEdit;
        m_confirm->setObjectName(QStringLiteral("planConfirm"));
        connect(m_confirm, &QLineEdit::textChanged, this, &MigrationPlanDialog::updateButton);
        layout->addWidget(label);
        layout->addWidget(m_confirm);
    }
    layout->addWidget(buttons);
    updateButton();
    resize(760, 600);
}

void MigrationPlanDialog::updateButton()
{
    const bool typed = !m_needsTyping || (m_confirm && m_confirm->text().trimmed() == QString::number(m_plan.target));
    m_run->setEnabled(m_canRun && typed && !m_plan.steps.isEmpty());
}

} // namespace steward
