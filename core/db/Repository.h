#pragma once

#include "Result.h"
#include "db/Connection.h"

#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace steward {

// Typed find/insert/update/delete over one table. Values are always bound parameters; table and column names
// are checked against the schema read by load() and then quoted, so no caller text is ever spliced into SQL.
// Failures are Errors: NotFound for a missing table, InvalidArgument for an unknown column or an empty change,
// and the classified database error otherwise (RepositoryError names the table and column in Error::detail).
class Repository final {
public:
    Repository(Connection& connection, QString table);

    // Reads the table's columns. Must succeed before any other call.
    Result<void> load();
    const QStringList& columns() const { return m_columns; }
    const QString& table() const { return m_table; }

    enum class OnConflict { Abort, Ignore, Replace };
    // Returns the new row's rowid (with Ignore, the rowid of the last insert when nothing was inserted).
    Result<qint64> insert(const QVariantMap& values, OnConflict onConflict = OnConflict::Abort);
    Result<QVector<QVariantMap>> find(const QVariantMap& where = {}, const QString& orderBy = {},
                                      bool descending = false, int limit = -1);
    Result<std::optional<QVariantMap>> findOne(const QVariantMap& where);
    Result<qint64> count(const QVariantMap& where = {});
    Result<int> update(const QVariantMap& where, const QVariantMap& values); // rows changed
    Result<int> remove(const QVariantMap& where);                            // rows deleted

    template <typename F> auto transaction(F&& fn) -> decltype(fn())
    {
        return m_connection.transaction(std::forward<F>(fn));
    }

    Connection& connection() { return m_connection; }

private:
    Result<QString> whereClause(const QVariantMap& where, QVariantList& params) const;
    Result<void> checkColumn(const QString& column) const;
    QString quoted(const QString& identifier) const;

    Connection& m_connection;
    QString m_table;
    QStringList m_columns;
};

// Builds a repository error that names the table and the column (for the log) with a user-facing message.
Error repositoryError(ErrorCode code, const QString& table, const QString& column, const QString& message);

} // namespace steward
