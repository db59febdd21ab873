#include "backups/RestoreDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

namespace {

QString typeName(SchemaObjectType type)
{
    switch (type) {
    case SchemaObjectType::Table:
        return RestoreDialog::tr("Table");
    case SchemaObjectType::View:
        return RestoreDialog::tr("View");
    case SchemaObjectType::Index:
        return RestoreDialog::tr("Index");
    case SchemaObjectType::Trigger:
        return RestoreDialog::tr("Trigger");
    }
    return {};
}

} // namespace

RestoreDialog::RestoreDialog(const BackupInfo& backup, const DatabaseInfo& live, const BackupComparison& comparison,
                             const QString& backupsFolder, QWidget* parent)
    : QDialog(parent)
    , m_backup(backup)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore %1").arg(backup.id));
    const QLocale locale;

    auto* intro = new QLabel(tr("<b>Restoring replaces the whole live database with this backup.</b> Other programs "
                                "see either the old or the restored database, never a mix."));
    intro->setWordWrap(true);

    auto* sides = new QHBoxLayout;
    auto side = [&](const QString& title, const QList<std::pair<QString, QString>>& rows) {
        auto* box = new QGroupBox(title);
        auto* form = new QFormLayout(box);
        for (const auto& [label, value] : rows) {
            auto* v = new QLabel(value);
            v->setTextInteractionFlags(Qt::TextSelectableByMouse);
            v->setWordWrap(true);
            form->addRow(label, v);
        }
        sides->addWidget(box);
    };
    side(tr("Backup"), {{tr("File:"), backup.id},
                        {tr("Created:"), locale.toString(backup.created().toLocalTime(), QLocale::LongFormat)},
                        {tr("Reason:"), backup.metadata.reason},
                        {tr("Size:"), locale.formattedDataSize(backup.fileSize)},
                        {tr("Schema version:"), QString::number(backup.metadata.userVersion)}});
    side(tr("Live database"), {{tr("File:"), QDir::toNativeSeparators(live.path)},
                               {tr("Size:"), locale.formattedDataSize(live.fileSize)},
                               {tr("Journal mode:"), live.journalMode},
                               {tr("Schema version:"), QString::number(live.userVersion)}});

    auto* changes = new QTreeWidget;
    changes->setObjectName(QStringLiteral("restoreChanges"));
    changes->setHeaderLabels({tr("What will change"), tr("Now"), tr("After the restore")});
    changes->setRootIsDecorated(false);
    for (const auto& c : comparison.schemaChanges) {
        QString what;
        switch (c.kind) {
        case SchemaChange::Kind::Added:
            what = tr("%1 %2 will be removed (it exists only in the live database)");
            break;
        case SchemaChange::Kind::Removed:
            what = tr("%1 %2 will come back (it exists only in the backup)");
            break;
        case SchemaChange::Kind::Changed:
            what = tr("%1 %2 will get the backup's definition");
            break;
        }
        new QTreeWidgetItem(changes, {what.arg(typeName(c.type), c.name)});
    }
    auto rows = [&](qint64 n) { return n < 0 ? tr("—") : tr("%1 rows").arg(locale.toString(n)); };
    for (const auto& t : comparison.tables)
        if (t.backupRows != t.liveRows)
            new QTreeWidgetItem(changes, {tr("Rows of %1").arg(t.table), rows(t.liveRows), rows(t.backupRows)});
    if (changes->topLevelItemCount() == 0)
        new QTreeWidgetItem(changes, {tr("The backup has the same tables and row counts as the live database.")});
    changes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    changes->header()->setStretchLastSection(false);

    const auto lost = comparison.rowsLost();
    QStringList lossLines;
    for (const auto& t : lost)
        lossLines << tr("%1: %2 rows exist only in the live database")
                         .arg(t.table, locale.toString(t.liveRows - std::max<qint64>(t.backupRows, 0)));
    auto* loss = new QLabel(
        lost.isEmpty() ? tr("No table has more rows now than in the backup.")
                       : tr("<b>Data that will be lost:</b><br>%1").arg(lossLines.join(QStringLiteral("<br>"))));
    loss->setObjectName(QStringLiteral("restoreLoss"));
    loss->setWordWrap(true);
    if (!lost.isEmpty())
        loss->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto* safety = new QLabel(tr("Before restoring, Steward takes a safety backup of the live database in %1, so this "
                                 "restore can itself be undone.")
                                  .arg(QDir::toNativeSeparators(backupsFolder)));
    safety->setObjectName(QStringLiteral("restoreSafety"));
    safety->setWordWrap(true);

    auto* buttons = new QDialogButtonBox;
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    QPushButton* restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    cancel->setObjectName(QStringLiteral("restoreCancel"));
    restore->setAutoDefault(false);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(sides);
    layout->addWidget(changes, 1);
    layout->addWidget(loss);
    layout->addWidget(safety);
    layout->addWidget(buttons);
    resize(720, 520);
}

} // namespace steward
