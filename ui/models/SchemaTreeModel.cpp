#include "models/SchemaTreeModel.h"

#include <algorithm>

namespace steward {

SchemaTreeModel::SchemaTreeModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Name")});
}

void SchemaTreeModel::setObjects(const QVector<SchemaObject>& objects)
{
    removeRows(0, rowCount());
    const std::pair<SchemaObjectType, QString> groups[] = {
        {SchemaObjectType::Table, tr("Tables")},
        {SchemaObjectType::View, tr("Views")},
        {SchemaObjectType::MaterializedView, tr("Materialized views")},
        {SchemaObjectType::Index, tr("Indexes")},
        {SchemaObjectType::Trigger, tr("Triggers")},
        {SchemaObjectType::Sequence, tr("Sequences")},
        {SchemaObjectType::Function, tr("Functions")}};
    for (const auto& [type, title] : groups) {
        // The kinds only a server has are listed when there are some; the four of every engine always are.
        const bool always = type == SchemaObjectType::Table || type == SchemaObjectType::View ||
                            type == SchemaObjectType::Index || type == SchemaObjectType::Trigger;
        if (!always &&
            std::none_of(objects.begin(), objects.end(), [t = type](const SchemaObject& o) { return o.type == t; }))
            continue;
        auto* group = new QStandardItem;
        group->setEditable(false);
        group->setData(true, IsGroupRole);
        group->setData(int(type), ObjectTypeRole);
        int count = 0;
        for (const auto& o : objects) {
            if (o.type != type)
                continue;
            auto* item = new QStandardItem(o.invalid ? tr("%1 (INVALID)").arg(o.name) : o.name);
            item->setEditable(false);
            item->setData(int(o.type), ObjectTypeRole);
            item->setData(o.name, ObjectNameRole);
            item->setData(o.sql, SqlRole);
            item->setData(o.table, OwnerRole);
            QString tip = o.sql.isEmpty() ? tr("Created automatically by SQLite") : o.sql.left(1000);
            if (o.invalid)
                tip = tr("INVALID: a concurrent build of this index failed. Queries do not use it; every write still "
                         "updates it. Rebuild it (REINDEX INDEX CONCURRENTLY) or drop it.") +
                      QLatin1Char('\n') + tip;
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
