#pragma once

#include "Result.h"
#include "db/TableReader.h"
#include "jobs/Job.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>
#include <vector>

namespace steward {

// The read-only data grid: rows arrive page by page through canFetchMore()/fetchMore(), so a table of ten
// million rows opens as fast as one of ten. Each page is read by a job on a connection of its own, never on the UI
// thread (another program's lock makes it wait, not the window); a page that arrives for a table no longer shown is
// dropped. Values are shown as a developer expects: NULL in grey italics, BLOBs by size, long text cut with its
// full value in the tooltip.
class TableDataModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int PageSize = 256;
    enum Role { RawValueRole = Qt::UserRole + 1, SortRole = RawValueRole };

    explicit TableDataModel(QObject* parent = nullptr);
    ~TableDataModel() override;

    // Where pages come from: work that reads `count` rows from where a cursor stands (the workspace's readTablePage
    // for one table). Shows its columns, then the first page (rowsLoaded when it is in).
    using PageSource = std::function<WorkOf<TablePage>(const TableReader::Cursor& cursor, int count)>;
    void setSource(PageSource source);
    void clear();
    bool isLoading() const { return m_fetching; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    bool isComplete() const { return !m_open || m_cursor.atEnd; }

    static QString displayText(const QVariant& value);

signals:
    void fetchFailed(const steward::Error& error);
    void rowsLoaded(int total, bool complete);

private:
    // Reads in a job: prepares the reader when the cursor has no columns yet, then a page.
    void read(int count);
    void deliver(quint64 generation, const Result<TablePage>& page);

    PageSource m_source;
    bool m_open = false;
    quint64 m_generation = 0; // which setTable() a page belongs to
    TableReader::Cursor m_cursor;
    QStringList m_columns;
    QVector<QVariantList> m_rows;
    bool m_failed = false;
    bool m_fetching = false;
    bool m_resetting = false; // views and testers may call fetchMore() from inside our own signals
};

} // namespace steward
