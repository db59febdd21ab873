#pragma once

#include "Result.h"
#include "db/TableReader.h"

#include <QAbstractTableModel>

#include <memory>

namespace steward {

// The read-only data grid: rows arrive page by page through canFetchMore()/fetchMore(), so a table of ten
// million rows opens as fast as one of ten. Values are shown as a developer expects: NULL in grey italics,
// BLOBs by size, long text cut with its full value in the tooltip.
class TableDataModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int PageSize = 256;
    enum Role { RawValueRole = Qt::UserRole + 1, SortRole = RawValueRole };

    explicit TableDataModel(QObject* parent = nullptr);

    // Takes a prepared reader; loads the first page. An empty model when reader is null.
    void setReader(std::unique_ptr<TableReader> reader);
    void clear() { setReader(nullptr); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    bool isComplete() const { return !m_reader || m_reader->atEnd(); }

    static QString displayText(const QVariant& value);

signals:
    void fetchFailed(const steward::Error& error);
    void rowsLoaded(int total, bool complete);

private:
    std::unique_ptr<TableReader> m_reader;
    QStringList m_columns;
    QVector<QVariantList> m_rows;
    bool m_failed = false;
    bool m_fetching = false;
    bool m_resetting = false; // views and testers may call fetchMore() from inside our own signals
};

} // namespace steward
