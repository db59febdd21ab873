#include "Logging.h"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>

#include <QDir>

namespace steward {

LogRing::LogRing(int capacity)
    : m_capacity(capacity)
{
}

void LogRing::add(LogEntry entry)
{
    {
        std::lock_guard lock(m_mutex);
        entry.sequence = m_next++;
        m_entries.push_back(std::move(entry));
        while (int(m_entries.size()) > m_capacity)
            m_entries.pop_front();
    }
    emit entryAdded();
}

QVector<LogEntry> LogRing::entriesAfter(quint64 after) const
{
    std::lock_guard lock(m_mutex);
    QVector<LogEntry> out;
    for (const auto& e : m_entries)
        if (e.sequence > after)
            out.push_back(e);
    return out;
}

void LogRing::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

namespace {

class RingSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit RingSink(LogRing& ring)
        : m_ring(ring)
    {
    }

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        LogEntry e;
        e.time = QDateTime::fromMSecsSinceEpoch(
            std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count());
        e.level = int(msg.level);
        e.logger = QString::fromUtf8(msg.logger_name.data(), int(msg.logger_name.size()));
        e.message = QString::fromUtf8(msg.payload.data(), int(msg.payload.size()));
        m_ring.add(std::move(e));
    }
    void flush_() override {}

private:
    LogRing& m_ring;
};

struct State {
    LogRing ring;
    std::shared_ptr<spdlog::logger> logger;
    std::mutex mutex;
    bool fileAdded = false;
    QString filePath;

    State()
    {
        logger = std::make_shared<spdlog::logger>("steward", std::make_shared<RingSink>(ring));
        logger->set_level(spdlog::level::info);
        logger->flush_on(spdlog::level::warn);
    }
};

State& state()
{
    static State s;
    return s;
}

} // namespace

namespace logging {

std::shared_ptr<spdlog::logger> logger()
{
    return state().logger;
}
LogRing& ring()
{
    return state().ring;
}

QString init(const QString& logDir)
{
    auto& s = state();
    std::lock_guard lock(s.mutex);
    if (s.fileAdded)
        return s.filePath;
    QDir().mkpath(logDir);
    const QString path = QDir(logDir).filePath(QStringLiteral("steward.log"));
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 2 * 1024 * 1024, 5);
        file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] [%t] %v");
        s.logger->sinks().push_back(file);
        s.fileAdded = true;
        s.filePath = path;
        return path;
    } catch (const spdlog::spdlog_ex& ex) {
        s.logger->warn("cannot open log file {}: {}", path, ex.what());
        return {};
    }
}

void setLevel(const QString& name)
{
    const auto level = spdlog::level::from_str(name.toStdString());
    if (level == spdlog::level::off && name != QLatin1String("off"))
        return;
    state().logger->set_level(level);
}

QString levelName(int level)
{
    const auto sv = spdlog::level::to_string_view(spdlog::level::level_enum(level));
    return QString::fromUtf8(sv.data(), int(sv.size()));
}

} // namespace logging
} // namespace steward
