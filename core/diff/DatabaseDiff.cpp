#include "diff/DatabaseDiff.h"

#include "Error.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "db/SqliteErrors.h"
#include "db/SqliteHandle.h"
#include "db/SqliteStatement.h"
#include "jobs/Job.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <map>

namespace steward {

namespace {

// How one side holds a table: its columns (in order), its primary key, whether it has a rowid and under which name.
struct Shape {
    QStringList columns;
    QStringList primaryKey; // in key order
    bool hasRowid = false;
    QString rowidName;              // rowid, _rowid_ or oid: the first no column shadows
    bool integerKeyIsRowid = false; // a single INTEGER PRIMARY KEY: the rowid under a name
};

Result<Shape> shapeOf(Connection& c, const QString& table)
{
    auto cols =
        c.select(QStringLiteral("SELECT name, pk, upper(type) FROM pragma_table_info(?) ORDER BY cid"), {table});
    if (!cols)
        return cols.error();
    Shape s;
    std::map<int, QString> key;
    QString keyType;
    for (const auto& row : cols.value()) {
        s.columns << row[0].toString();
        if (const int pk = row[1].toInt(); pk > 0) {
            key[pk] = row[0].toString();
            keyType = row[2].toString();
        }
    }
    for (const auto& [position, name] : key)
        s.primaryKey << name;
    auto kind = c.scalar(
        QStringLiteral("SELECT type <> 'view' AND wr = 0 FROM pragma_table_list WHERE name = ? AND schema = 'main'"),
        {table});
    if (!kind)
        return kind.error();
    s.hasRowid = kind->toBool();
    if (s.hasRowid) {
        for (const char* candidate : {"rowid", "_rowid_", "oid"})
            if (!s.columns.contains(QLatin1String(candidate), Qt::CaseInsensitive)) {
                s.rowidName = QLatin1String(candidate);
                break;
            }
        s.integerKeyIsRowid = s.primaryKey.size() == 1 && keyType == QLatin1String("INTEGER");
    }
    return s;
}

bool sameNames(const QStringList& a, const QStringList& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a[i].compare(b[i], Qt::CaseInsensitive) != 0)
            return false;
    return true;
}

// SQLite's order of values (NULL, numbers, text, blob; text and blob by bytes, as COLLATE BINARY) and its equality
// (1 = 1.0).
int storageClass(int type)
{
    switch (type) {
    case SQLITE_NULL:
        return 0;
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
        return 1;
    case SQLITE_TEXT:
        return 2;
    default:
        return 3;
    }
}

// An integer against a real exactly, as SQLite compares them (no rounding of the integer to a double: 2^53 + 1 is
// more than the real 2^53).
int intRealCompare(sqlite3_int64 i, double r)
{
    if (r < -9223372036854775808.0)
        return 1;
    if (r >= 9223372036854775808.0)
        return -1;
    const auto y = sqlite3_int64(r);
    if (i < y)
        return -1;
    if (i > y)
        return 1;
    const double s = double(i);
    return s < r ? -1 : (s > r ? 1 : 0);
}

// How text is compared: as COLLATE BINARY orders it, by the bytes of the database's encoding. Both sides must use
// the same one (UTF-8, or UTF-16le read as native UTF-16 on this little-endian machine).
enum class TextBytes { Utf8, Utf16 };

int compareValues(sqlite3_stmt* a, int i, sqlite3_stmt* b, int j, TextBytes text)
{
    const int ta = sqlite3_column_type(a, i), tb = sqlite3_column_type(b, j);
    const int ca = storageClass(ta), cb = storageClass(tb);
    if (ca != cb)
        return ca < cb ? -1 : 1;
    switch (ca) {
    case 0:
        return 0;
    case 1:
        if (ta == SQLITE_INTEGER && tb == SQLITE_INTEGER) {
            const auto x = sqlite3_column_int64(a, i), y = sqlite3_column_int64(b, j);
            return x < y ? -1 : (x > y ? 1 : 0);
        } else if (ta == SQLITE_FLOAT && tb == SQLITE_FLOAT) {
            const double x = sqlite3_column_double(a, i), y = sqlite3_column_double(b, j);
            return x < y ? -1 : (x > y ? 1 : 0);
        } else if (ta == SQLITE_INTEGER) {
            return intRealCompare(sqlite3_column_int64(a, i), sqlite3_column_double(b, j));
        } else {
            return -intRealCompare(sqlite3_column_int64(b, j), sqlite3_column_double(a, i));
        }
    default: {
        const bool utf16 = ca == 2 && text == TextBytes::Utf16;
        const void* pa = ca != 2 ? sqlite3_column_blob(a, i)
                         : utf16 ? sqlite3_column_text16(a, i)
                                 : static_cast<const void*>(sqlite3_column_text(a, i));
        const void* pb = cb != 2 ? sqlite3_column_blob(b, j)
                         : utf16 ? sqlite3_column_text16(b, j)
                                 : static_cast<const void*>(sqlite3_column_text(b, j));
        const int na = utf16 ? sqlite3_column_bytes16(a, i) : sqlite3_column_bytes(a, i);
        const int nb = utf16 ? sqlite3_column_bytes16(b, j) : sqlite3_column_bytes(b, j);
        const int r = (na && nb) ? std::memcmp(pa, pb, size_t(std::min(na, nb))) : 0;
        if (r != 0)
            return r < 0 ? -1 : 1;
        return na < nb ? -1 : (na > nb ? 1 : 0);
    }
    }
}

QString display(sqlite3_stmt* s, int i)
{
    constexpr int kLongest = 200;
    switch (sqlite3_column_type(s, i)) {
    case SQLITE_NULL:
        return QStringLiteral("NULL");
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(s, i));
    case SQLITE_FLOAT: {
        const double d = sqlite3_column_double(s, i);
        QString text = QString::number(d, 'g', 15);
        return text.toDouble() == d ? text : QString::number(d, 'g', 17);
    }
    case SQLITE_TEXT: {
        QString text =
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)), sqlite3_column_bytes(s, i));
        return text.size() > kLongest ? text.left(kLongest) + QChar(0x2026) : text;
    }
    default: {
        const int n = sqlite3_column_bytes(s, i);
        const QByteArray bytes(static_cast<const char*>(sqlite3_column_blob(s, i)), std::min(n, 16));
        return QStringLiteral("x'%1%2' (%3 bytes)")
            .arg(QString::fromLatin1(bytes.toHex()), n > 16 ? QString(QChar(0x2026)) : QString())
            .arg(n);
    }
    }
}

QStringList displayRange(sqlite3_stmt* s, int from, int to)
{
    QStringList out;
    for (int i = from; i < to; ++i)
        out << display(s, i);
    return out;
}

// One side of a table, read in key order: the key columns first, then the compared ones.
class Side final {
public:
    explicit Side(sqlite3* db)
        : m_db(db)
    {
    }
    Result<void> prepare(const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), m_statement.out(), nullptr) != SQLITE_OK)
            return failure();
        return step();
    }
    Result<void> step()
    {
        const int rc = sqlite3_step(m_statement.get());
        m_atRow = rc == SQLITE_ROW;
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            return {};
        return failure();
    }
    bool atRow() const { return m_atRow; }
    sqlite3_stmt* get() const { return m_statement.get(); }

private:
    Error failure() const
    {
        const int code = sqlite3_errcode(m_db);
        if (code == SQLITE_INTERRUPT)
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("steward::Diff", "The comparison was cancelled."));
        return sqliteErrorOf(m_db, code);
    }
    sqlite3* m_db;
    SqliteStatement m_statement;
    bool m_atRow = false;
};

struct Database {
    std::unique_ptr<Connection> connection;
    sqlite3* db = nullptr;
    QString encoding; // PRAGMA encoding: "UTF-8", "UTF-16le", "UTF-16be"
    std::map<std::pair<int, QString>, SchemaObject> objects;
};

int progressCallback(void* context)
{
    return static_cast<JobContext*>(context)->isCancelled() ? 1 : 0;
}

Result<Database> openSide(const QString& path, JobContext* context)
{
    OpenOptions ro;
    ro.readOnly = true;
    auto c = Connection::open(path, ro);
    if (!c)
        return c.error();
    Database d;
    d.connection = std::move(c.value());
    auto handle = SqliteHandle::borrow(d.connection->database());
    if (!handle)
        return handle.error();
    d.db = handle->get();
    if (context)
        sqlite3_progress_handler(d.db, 4096, progressCallback, context);
    // One snapshot for the whole comparison: other connections may go on writing.
    if (auto r = d.connection->exec(QStringLiteral("BEGIN")); !r)
        return r.error();
    auto encoding = d.connection->scalar(QStringLiteral("PRAGMA encoding"));
    if (!encoding)
        return encoding.error();
    d.encoding = encoding->toString();
    auto objects = d.connection->engine().schemaObjects(*d.connection);
    if (!objects)
        return objects.error();
    for (const auto& o : objects.value())
        d.objects[{int(o.type), o.name}] = o;
    return d;
}

void closeSide(Database& d)
{
    if (!d.connection)
        return;
    sqlite3_progress_handler(d.db, 0, nullptr, nullptr);
    (void)d.connection->exec(QStringLiteral("COMMIT"));
}

QString quoted(const QString& name)
{
    return DatabaseEngine::sqlite().quoteIdentifier(name);
}

// Counts the rows of a table only one side has, with the first few as samples.
Result<void> oneSided(Database& d, const QString& table, bool isBefore, const DiffOptions& options,
                      TableDifference& out)
{
    auto shape = shapeOf(*d.connection, table);
    if (!shape)
        return shape.error();
    const QStringList key = !shape->primaryKey.isEmpty()                     ? shape->primaryKey
                            : shape->hasRowid && !shape->rowidName.isEmpty() ? QStringList{shape->rowidName}
                                                                             : QStringList{};
    out.keyColumns = key;
    out.columns = shape->columns;
    auto n = d.connection->scalar(QStringLiteral("SELECT count(*) FROM ") + quoted(table));
    if (!n)
        return n.error();
    (isBefore ? out.rowsBefore : out.rowsAfter) = n->toLongLong();
    (isBefore ? out.removed : out.added) = n->toLongLong();
    QStringList select;
    for (const auto& k : key)
        select << quoted(k);
    for (const auto& c : shape->columns)
        select << quoted(c);
    Side side(d.db);
    if (auto r = side.prepare(QStringLiteral("SELECT %1 FROM %2 LIMIT %3")
                                  .arg(select.join(QStringLiteral(", ")), quoted(table))
                                  .arg(options.samplesPerKind));
        !r)
        return r.error();
    auto& samples = isBefore ? out.removedSamples : out.addedSamples;
    const int k = int(key.size()), all = int(select.size());
    while (side.atRow()) {
        RowSample sample;
        sample.key = displayRange(side.get(), 0, k);
        (isBefore ? sample.before : sample.after) = displayRange(side.get(), k, all);
        samples.push_back(sample);
        if (auto r = side.step(); !r)
            return r.error();
    }
    return {};
}

// Both sides of a table, read in key order and merged.
Result<void> merged(Database& before, Database& after, const QString& table, TextBytes text, const DiffOptions& options,
                    JobContext* context, TableDifference& out)
{
    auto a = shapeOf(*before.connection, table);
    if (!a)
        return a.error();
    auto b = shapeOf(*after.connection, table);
    if (!b)
        return b.error();
    QStringList key;
    bool keyIsInteger = false;
    if (!a->primaryKey.isEmpty() && sameNames(a->primaryKey, b->primaryKey)) {
        key = a->primaryKey;
        keyIsInteger = a->integerKeyIsRowid && b->integerKeyIsRowid;
    } else if (a->hasRowid && b->hasRowid && !a->rowidName.isEmpty() && a->rowidName == b->rowidName) {
        key = {a->rowidName};
        keyIsInteger = true;
    } else {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "steward::Diff", "Its primary key differs between the two databases, so its rows cannot be matched."));
    }
    QStringList compared;
    for (const auto& c : a->columns)
        if (b->columns.contains(c, Qt::CaseInsensitive) && !key.contains(c, Qt::CaseInsensitive))
            compared << c;
    out.keyColumns = key;
    out.columns = compared;

    QStringList select, order;
    for (const auto& k : key) {
        select << quoted(k);
        order << (keyIsInteger ? quoted(k) : quoted(k) + QStringLiteral(" COLLATE BINARY"));
    }
    for (const auto& c : compared)
        select << quoted(c);
    // A rowid table's PRIMARY KEY other than the rowid may hold several NULLs (SQLite's old rule): rows whose key is
    // NULL are told apart by their rowid, read last and in order after the key.
    const bool rowidTieBreak =
        !keyIsInteger && a->hasRowid && b->hasRowid && !a->rowidName.isEmpty() && a->rowidName == b->rowidName;
    if (rowidTieBreak) {
        select << a->rowidName;
        order << a->rowidName;
    }
    const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                            .arg(select.join(QStringLiteral(", ")), quoted(table), order.join(QStringLiteral(", ")));
    Side left(before.db), right(after.db);
    if (auto r = left.prepare(sql); !r)
        return r.error();
    if (auto r = right.prepare(sql); !r)
        return r.error();
    const int k = int(key.size()), all = int(select.size()) - (rowidTieBreak ? 1 : 0);
    const auto samples = qsizetype(options.samplesPerKind);
    auto keyHasNull = [&](sqlite3_stmt* st) {
        for (int i = 0; i < k; ++i)
            if (sqlite3_column_type(st, i) == SQLITE_NULL)
                return true;
        return false;
    };
    qint64 rowsBefore = 0, rowsAfter = 0, steps = 0;
    while (left.atRow() || right.atRow()) {
        if (context && (++steps & 0x3ff) == 0 && context->isCancelled())
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("steward::Diff", "The comparison was cancelled."));
        int cmp = 0;
        if (!left.atRow())
            cmp = 1;
        else if (!right.atRow())
            cmp = -1;
        else {
            for (int i = 0; i < k && cmp == 0; ++i)
                cmp = compareValues(left.get(), i, right.get(), i, text);
            if (cmp == 0 && rowidTieBreak && keyHasNull(left.get()))
                cmp = compareValues(left.get(), all, right.get(), all, text);
        }
        if (cmp < 0) { // only before
            ++out.removed;
            if (out.removedSamples.size() < samples)
                out.removedSamples.push_back(
                    {displayRange(left.get(), 0, k), displayRange(left.get(), k, all), {}, {}});
        } else if (cmp > 0) { // only after
            ++out.added;
            if (out.addedSamples.size() < samples)
                out.addedSamples.push_back(
                    {displayRange(right.get(), 0, k), {}, displayRange(right.get(), k, all), {}});
        } else {
            QStringList differing;
            for (int i = k; i < all; ++i)
                if (compareValues(left.get(), i, right.get(), i, text) != 0)
                    differing << compared[i - k];
            if (!differing.isEmpty()) {
                ++out.changed;
                if (out.changedSamples.size() < samples)
                    out.changedSamples.push_back({displayRange(left.get(), 0, k), displayRange(left.get(), k, all),
                                                  displayRange(right.get(), k, all), differing});
            }
        }
        if (cmp <= 0) {
            ++rowsBefore;
            if (auto r = left.step(); !r)
                return r.error();
        }
        if (cmp >= 0) {
            ++rowsAfter;
            if (auto r = right.step(); !r)
                return r.error();
        }
    }
    out.rowsBefore = rowsBefore;
    out.rowsAfter = rowsAfter;
    return {};
}

bool isInternal(const QString& name)
{
    return name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive);
}

} // namespace

bool DatabaseDiff::identical() const
{
    return schemaChanges.isEmpty() &&
           std::none_of(tables.begin(), tables.end(), [](const auto& t) { return t.differs(); });
}

QVector<TableDifference> DatabaseDiff::rowsLostGoingBack() const
{
    QVector<TableDifference> out;
    for (const auto& t : tables)
        if (t.readable() && (t.added > 0 || t.changed > 0))
            out.push_back(t);
    return out;
}

QVector<TableDifference> DatabaseDiff::unreadable() const
{
    QVector<TableDifference> out;
    for (const auto& t : tables)
        if (!t.readable())
            out.push_back(t);
    return out;
}

Result<DatabaseDiff> diffDatabases(const QString& beforePath, const QString& afterPath, const DiffOptions& options,
                                   JobContext* context)
{
    auto before = openSide(beforePath, context);
    if (!before)
        return before.error();
    auto after = openSide(afterPath, context);
    if (!after) {
        closeSide(before.value());
        return after.error();
    }
    auto skip = [&](const SchemaObject& o) {
        return o.sql.isEmpty() || isInternal(o.name) || (options.ignore && options.ignore(o));
    };
    DatabaseDiff diff;
    const auto& a = before->objects;
    const auto& b = after->objects;
    for (const auto& [key, o] : b) {
        if (skip(o))
            continue;
        auto it = a.find(key);
        if (it == a.end())
            diff.schemaChanges.push_back({SchemaChange::Kind::Added, o.type, o.name});
        else if (it->second.sql != o.sql)
            diff.schemaChanges.push_back({SchemaChange::Kind::Changed, o.type, o.name});
    }
    for (const auto& [key, o] : a)
        if (!skip(o) && !b.count(key))
            diff.schemaChanges.push_back({SchemaChange::Kind::Removed, o.type, o.name});

    std::map<QString, std::pair<bool, bool>> tables; // name → (in before, in after)
    for (const auto& [key, o] : a)
        if (o.type == SchemaObjectType::Table && !skip(o))
            tables[o.name].first = true;
    for (const auto& [key, o] : b)
        if (o.type == SchemaObjectType::Table && !skip(o))
            tables[o.name].second = true;

    // Rows are merged in the order each side sorts its keys; text sorts by the bytes of the encoding, so both sides
    // need the same one, read the same way here.
    const bool utf8 = before->encoding == QLatin1String("UTF-8") && after->encoding == QLatin1String("UTF-8");
    const bool utf16le = before->encoding == QLatin1String("UTF-16le") &&
                         after->encoding == QLatin1String("UTF-16le") && QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    const TextBytes text = utf16le ? TextBytes::Utf16 : TextBytes::Utf8;
    const QString encodingProblem =
        utf8 || utf16le ? QString()
                        : QCoreApplication::translate("steward::Diff",
                                                      "The two databases store text differently (%1 and %2), so rows "
                                                      "cannot be matched in key order.")
                              .arg(before->encoding, after->encoding);
    Result<DatabaseDiff> result = diff;
    qint64 done = 0;
    for (const auto& [name, sides] : tables) {
        if (context) {
            if (context->isCancelled()) {
                result = makeError(ErrorCode::Cancelled,
                                   QCoreApplication::translate("steward::Diff", "The comparison was cancelled."));
                break;
            }
            context->setProgress(done++, qint64(tables.size()),
                                 QCoreApplication::translate("steward::Diff", "Comparing %1…").arg(name));
        }
        TableDifference t;
        t.table = name;
        Result<void> r =
            sides.first && sides.second
                ? (encodingProblem.isEmpty() ? merged(before.value(), after.value(), name, text, options, context, t)
                                             : Result<void>(makeError(ErrorCode::InvalidArgument, encodingProblem)))
                : oneSided(sides.first ? before.value() : after.value(), name, sides.first, options, t);
        if (!r) {
            if (r.error().code == ErrorCode::Cancelled) {
                result = r.error();
                break;
            }
            // Unknown is not zero: the counts are withdrawn and the reason is kept.
            TableDifference unknown;
            unknown.table = name;
            unknown.problem = r.error().message;
            t = unknown;
        }
        result->tables.push_back(t);
    }
    closeSide(before.value());
    closeSide(after.value());
    return result;
}

} // namespace steward
