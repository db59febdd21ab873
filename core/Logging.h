#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVector>

#include <spdlog/fmt/fmt.h>
#include <spdlog/spdlog.h>

#include <deque>
#include <memory>
#include <mutex>

// fmt 9 does not know QString.
template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template <typename Ctx> auto format(const QString& s, Ctx& ctx) const
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), utf8.size()), ctx);
    }
};

namespace steward {

struct LogEntry {
    quint64 sequence = 0;
    QDateTime time;
    int level = 0; // spdlog::level::level_enum
    QString logger;
    QString message;
};

// The in-memory tail of the log that the UI's log view shows. Bounded; thread-safe; entryAdded() is emitted from
// whatever thread logged, so receivers connect with a context object (queued across threads).
class LogRing final : public QObject {
    Q_OBJECT
public:
    explicit LogRing(int capacity = 5000);
    void add(LogEntry entry);
    // Entries with sequence > after, oldest first.
    QVector<LogEntry> entriesAfter(quint64 after) const;
    int capacity() const { return m_capacity; }
    void clear();

signals:
    void entryAdded();

private:
    mutable std::mutex m_mutex;
    std::deque<LogEntry> m_entries;
    quint64 m_next = 1;
    int m_capacity;
};

namespace logging {

// The "steward" logger: always feeds the ring; after init() also a rotating file (5 × 2 MiB) in logDir.
std::shared_ptr<spdlog::logger> logger();
LogRing& ring();
// Adds the rotating file sink. Safe to call more than once; returns the log file path or an empty string when
// the file cannot be opened (logging then continues to the ring and stderr).
QString init(const QString& logDir);
void setLevel(const QString& levelName); // "trace" … "critical"; unknown names keep the current level
QString levelName(int level);

} // namespace logging
} // namespace steward
