#include "models/ConsoleResultModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace steward {

ConsoleResultModel::ConsoleResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ConsoleResultModel::setResult(QStringList columns, QVector<QVariantList> rows, bool hasMore)
{
    beginResetModel();
    m_columns = std::move(columns);
    m_rows = std::move(rows);
    m_hasMore = hasMore;
    m_waiting = false;
    endResetModel();
}

void ConsoleResultModel::appendRows(const QVector<QVariantList>& rows, bool hasMore)
{
    m_waiting = false;
    m_hasMore = hasMore;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

void ConsoleResultModel::clear()
{
    setResult({}, {}, false);
}

int ConsoleResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsoleResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ConsoleResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant& v = m_rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (v.isNull())
            return QStringLiteral("NULL");
        if (v.typeId() == QMetaType::QByteArray)
            return tr("BLOB (%n bytes)", nullptr, int(v.toByteArray().size()));
        if (v.typeId() == QMetaType::QString) {
            const QString text = v.toString();
            return text.size() > 500 ? text.left(500) + QChar(0x2026) : text;
        }
        return v;
    case Qt::ToolTipRole:
        if (v.typeId() == QMetaType::QString && v.toString().size() > 80)
            return v.toString().left(4000);
        return {};
    case Qt::ForegroundRole:
        if (v.isNull() || v.typeId() == QMetaType::QByteArray)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::EditRole:
        return v;
    default:
        return {};
    }
}

QVariant ConsoleResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_columns.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool ConsoleResultModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_waiting;
}

void ConsoleResultModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    emit moreWanted();
}

} // namespace steward
