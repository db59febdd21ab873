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

TableDataModel::~TableDataModel() = default;

void TableDataModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_open = false;
    m_source = {};
    m_cursor = {};
    m_rows.clear();
    m_columns.clear();
    m_failed = false;
    m_fetching = false;
    endResetModel();
}

void TableDataModel::setSource(PageSource source)
{
    clear();
    if (!source)
        return;
    m_source = std::move(source);
    m_open = true;
    read(PageSize); // prepares the reader, then the first page
}

void TableDataModel::read(int count)
{
    m_fetching = true;
    const quint64 generation = m_generation;
    auto out = std::make_shared<std::optional<Result<TablePage>>>();
    auto job = std::make_unique<Job>(tr("Reading rows"), Job::erased<TablePage>(m_source(m_cursor, count), out));
    // Nobody waits for a page (it may wait for another program's lock): the job deletes itself once it has
    // returned; a page for a table no longer shown, or for a model that is gone, is dropped.
    Job* raw = job.release();
    connect(raw, &Job::finished, this, [this, raw, generation, out] {
        if (out->has_value())
            deliver(generation, **out);
        else if (!raw->result())
            deliver(generation, Result<TablePage>(raw->result().error()));
    });
    connect(raw, &Job::finished, raw, &QObject::deleteLater);
    raw->start();
}

void TableDataModel::deliver(quint64 generation, const Result<TablePage>& page)
{
    if (generation != m_generation)
        return; // for a table no longer shown
    if (!page) {
        m_fetching = false;
        m_failed = true; // no retry loop: the view asks again on every scroll
        emit fetchFailed(page.error());
        return;
    }
    if (m_columns.isEmpty() && !page->cursor.columns.isEmpty()) {
        m_resetting = true; // no rows may be asked for while the reset is announced
        beginResetModel();
        m_columns = page->cursor.columns;
        endResetModel();
        m_resetting = false;
    }
    m_cursor = page->cursor;
    if (!page->rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
        m_rows += page->rows;
        endInsertRows();
    }
    m_fetching = false; // only now: views and testers ask for more from inside the insert signals
    emit rowsLoaded(int(m_rows.size()), m_cursor.atEnd);
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
    return !parent.isValid() && m_open && !m_columns.isEmpty() && !m_cursor.atEnd && !m_failed;
}

void TableDataModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_fetching || m_resetting)
        return;
    read(PageSize);
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
