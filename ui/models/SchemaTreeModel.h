#pragma once

#include "db/Schema.h"

#include <QStandardItemModel>

namespace steward {

// The schema as a tree: Tables, Views, Indexes, Triggers, each object under its group with its SQL.
class SchemaTreeModel final : public QStandardItemModel {
    Q_OBJECT
public:
    enum Role { ObjectTypeRole = Qt::UserRole + 1, ObjectNameRole, SqlRole, IsGroupRole, OwnerRole };

    explicit SchemaTreeModel(QObject* parent = nullptr);
    void setObjects(const QVector<SchemaObject>& objects);
    // The index of an object by type and name, or an invalid index.
    QModelIndex find(SchemaObjectType type, const QString& name) const;
};

} // namespace steward
