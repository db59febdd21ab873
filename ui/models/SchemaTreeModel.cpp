#include "models/SchemaTreeModel.h"

namespace steward {

SchemaTreeModel::SchemaTreeModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Name")});
}

void SchemaTreeModel::setObjects(const QVector<SchemaObject>& objects)
{
    removeRows(0, rowCount());
    const std::pair<SchemaObjectType, QString> groups[] = {{SchemaObjectType::Table, tr("Tables")},
                                                           {SchemaObjectType::View, tr("Views")},
                                                           {SchemaObjectType::Index, tr("Indexes")},
                                                           {SchemaObjectType::Trigger, tr("Triggers")}};
    for (const auto& [type, title] : groups) {
        auto* group = new QStandardItem;
        group->setEditable(false);
        group->setData(true, IsGroupRole);
        group->setData(int(type), ObjectTypeRole);
        int count = 0;
        for (const auto& o : objects) {
            if (o.type != type)
                continue;
            auto* item = new QStandardItem(o.name);
            item->setEditable(false);
            item->setData(int(o.type), ObjectTypeRole);
            item->setData(o.name, ObjectNameRole);
            item->setData(o.sql, SqlRole);
            item->setData(o.table, OwnerRole);
            QString tip = o.sql.isEmpty() ? tr("Created automatically by SQLite") : o.sql.left(1000);
            if (o.table != o.name)
                tip = tr("On table %1").arg(o.table) + QLatin1Char('\n') + tip;
            item->setToolTip(tip);
            group->appendRow(item);
            ++count;
        }
        group->setText(QStringLiteral("%1 (%2)").arg(title).arg(count));
        appendRow(group);
    }
}

QModelIndex SchemaTreeModel::find(SchemaObjectType type, const QString& name) const
{
    for (int g = 0; g < rowCount(); ++g) {
        const QModelIndex group = index(g, 0);
        if (group.data(ObjectTypeRole).toInt() != int(type))
            continue;
        for (int r = 0; r < rowCount(group); ++r) {
            const QModelIndex child = index(r, 0, group);
            if (child.data(ObjectNameRole).toString() == name)
                return child;
        }
    }
    return {};
}

} // namespace steward
