#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace steward {

// The rows of the SQL console's last result. Rows arrive a page at a time: fetchMore() asks for the next page
// (moreWanted) and appendRows() adds it when the console's thread has read it, so a result of millions of rows
// never sits in memory at once.
class ConsoleResultModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ConsoleResultModel(QObject* parent = nullptr);
    void setResult(QStringList columns, QVector<QVariantList> rows, bool hasMore);
    void appendRows(const QVector<QVariantList>& rows, bool hasMore);
    void clear();
    bool hasMore() const { return m_hasMore; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void moreWanted();

private:
    QStringList m_columns;
    QVector<QVariantList> m_rows;
    bool m_hasMore = false;
    bool m_waiting = false;
};

} // namespace steward
