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

#include <climits>

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
    case SchemaObjectType::MaterializedView:
        return RestoreDialog::tr("Materialized view");
    case SchemaObjectType::Sequence:
        return RestoreDialog::tr("Sequence");
    case SchemaObjectType::Function:
        return RestoreDialog::tr("Function");
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
        (new QTreeWidgetItem(changes, {what.arg(typeName(c.type), c.name)}))->setFirstColumnSpanned(true);
    }
    auto rows = [&](qint64 n) { return n < 0 ? tr("—") : tr("%n rows", nullptr, int(std::min<qint64>(n, INT_MAX))); };
    auto values = [](const QStringList& v) { return v.join(QStringLiteral(", ")); };
    // "before" is the backup, "after" the live database: what was added since the backup is what a restore loses.
    for (const auto& t : comparison.tables) {
        if (!t.differs())
            continue;
        if (!t.readable()) {
            (new QTreeWidgetItem(changes, {tr("Rows of %1 could not be compared: %2").arg(t.table, t.problem)}))
                ->setFirstColumnSpanned(true);
            continue;
        }
        auto* table =
            new QTreeWidgetItem(changes, {tr("Rows of %1").arg(t.table), rows(t.rowsAfter), rows(t.rowsBefore)});
        table->setExpanded(true);
        auto kind = [&](qint64 n, const QString& text, const QVector<RowSample>& samples, auto line) {
            if (n == 0)
                return;
            auto* item = new QTreeWidgetItem(table, {text});
            item->setFirstColumnSpanned(true); // a sentence: not cut at the first column
            for (const auto& r : samples)
                new QTreeWidgetItem(item, line(r));
            if (n > samples.size())
                new QTreeWidgetItem(item,
                                    {tr("… and %n more", nullptr, int(std::min<qint64>(n - samples.size(), INT_MAX)))});
            item->setExpanded(true);
        };
        kind(t.added, tr("%n row(s) added since the backup: the restore removes them", nullptr, int(t.added)),
             t.addedSamples, [&](const RowSample& r) {
                 return QStringList{values(r.key), values(r.after), tr("(none)")};
             });
        kind(t.removed, tr("%n row(s) deleted since the backup: the restore brings them back", nullptr, int(t.removed)),
             t.removedSamples, [&](const RowSample& r) {
                 return QStringList{values(r.key), tr("(none)"), values(r.before)};
             });
        kind(t.changed,
             tr("%n row(s) changed since the backup: the restore puts the old values back", nullptr, int(t.changed)),
             t.changedSamples, [&](const RowSample& r) {
                 QStringList now, then;
                 for (const auto& column : r.changedColumns) {
                     const int i = int(t.columns.indexOf(column));
                     now << column + QStringLiteral(" = ") + r.after.value(i);
                     then << column + QStringLiteral(" = ") + r.before.value(i);
                 }
                 return QStringList{values(r.key), values(now), values(then)};
             });
    }
    if (changes->topLevelItemCount() == 0)
        new QTreeWidgetItem(changes, {tr("The backup has the same tables and rows as the live database.")});
    changes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    changes->header()->setStretchLastSection(false);
    changes->setColumnWidth(1, 220);
    changes->setColumnWidth(2, 220);

    const auto lost = comparison.rowsLostGoingBack();
    const auto unknown = comparison.unreadable();
    QStringList lossLines;
    for (const auto& t : lost) {
        QStringList parts;
        if (t.added > 0)
            parts << tr("%n row(s) exist only in the live database", nullptr, int(std::min<qint64>(t.added, INT_MAX)));
        if (t.changed > 0)
            parts << tr("%n row(s) have other values now", nullptr, int(std::min<qint64>(t.changed, INT_MAX)));
        lossLines << QStringLiteral("%1: %2").arg(t.table.toHtmlEscaped(), parts.join(QStringLiteral("; ")));
    }
    for (const auto& t : unknown)
        lossLines << tr("%1: could not be compared (%2); what it holds now may be lost")
                         .arg(t.table.toHtmlEscaped(), t.problem.toHtmlEscaped());
    auto* loss = new QLabel(
        lossLines.isEmpty()
            ? tr("Nothing that exists only in the live database: no row was added or changed since the backup.")
            : tr("<b>Data that will be lost:</b><br>%1").arg(lossLines.join(QStringLiteral("<br>"))));
    loss->setObjectName(QStringLiteral("restoreLoss"));
    loss->setWordWrap(true);
    if (!lossLines.isEmpty())
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
