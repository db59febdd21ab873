#include "models/TableDataModel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace steward {

TableDataModel::TableDataModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TableDataModel::setReader(std::unique_ptr<TableReader> reader)
{
    // No rows may arrive while the reset is being announced (a view or a tester asks for more from its slots).
    m_resetting = true;
    beginResetModel();
    m_reader = std::move(reader);
    m_rows.clear();
    m_columns = m_reader ? m_reader->columns() : QStringList();
    m_failed = false;
    endResetModel();
    m_resetting = false;
    if (canFetchMore())
        fetchMore();
    else
        emit rowsLoaded(0, true);
}

int TableDataModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableDataModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool TableDataModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_reader && !m_reader->atEnd() && !m_failed;
}

void TableDataModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_fetching || m_resetting)
        return;
    m_fetching = true;
    auto page = m_reader->next(PageSize);
    if (!page) {
        m_failed = true; // no retry loop: the view asks again on every scroll
        m_fetching = false;
        emit fetchFailed(page.error());
        return;
    }
    if (!page->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows += page.value();
        endInsertRows();
    }
    m_fetching = false;
    emit rowsLoaded(int(m_rows.size()), m_reader->atEnd());
}

QString TableDataModel::displayText(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return tr("BLOB (%1)").arg(QLocale().formattedDataSize(value.toByteArray().size()));
    QString text = value.toString();
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline >= 0)
        text = text.left(newline) + QStringLiteral(" …");
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("…");
    return text;
}

QVariant TableDataModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant& v = m_rows[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(v);
    case Qt::ToolTipRole:
        if (v.isNull() || v.typeId() == QMetaType::QByteArray)
            return displayText(v);
        return v.toString().left(2000);
    case RawValueRole:
        return v;
    case Qt::TextAlignmentRole:
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (v.isNull())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (v.isNull()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant TableDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns[section]) : QVariant();
    return section + 1;
}

} // namespace steward
