// steward-cli queries slow|top|clear|explain|profile
#include "CliSupport.h"

#include "Audit.h"
#include "Settings.h"
#include "db/DatabaseSession.h"
#include "monitor/QueryTools.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <algorithm>

namespace steward::cli {

namespace {

struct QueryOptions {
    QCommandLineOption limit{QStringLiteral("limit"),
                             QCoreApplication::translate("steward::cli", "How many rows to show (default 20)."),
                             QStringLiteral("N"), QStringLiteral("20")};
    QCommandLineOption by{QStringLiteral("by"),
                          QCoreApplication::translate("steward::cli", "Order top statements by total, mean or calls."),
                          QStringLiteral("total|mean|calls"), QStringLiteral("total")};
    QCommandLineOption runs{
        QStringLiteral("runs"),
        QCoreApplication::translate("steward::cli", "How many times to run the script (default 1)."),
        QStringLiteral("N"), QStringLiteral("1")};
};

QueryOptions& options()
{
    static QueryOptions o;
    return o;
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 3);
}

int runQueries(QCommandLineParser& p, QTextStream& out, QTextStream& err)
{
    const QStringList args = p.positionalArguments().mid(1);
    const QString sub = args.value(0);
    static const QStringList subcommands{"slow", "top", "clear", "explain", "profile"};
    if (!subcommands.contains(sub))
        return usage(err,
                     sub.isEmpty()
                         ? QCoreApplication::translate("steward::cli", "queries needs a subcommand: %1.")
                               .arg(subcommands.join(QStringLiteral(", ")))
                         : QCoreApplication::translate("steward::cli", "Unknown queries subcommand '%1'.").arg(sub));
    const bool needsArgument = sub == QLatin1String("explain") || sub == QLatin1String("profile");
    if (needsArgument && args.size() < 2)
        return usage(err, sub == QLatin1String("explain")
                              ? QCoreApplication::translate("steward::cli", "queries explain needs an SQL statement.")
                              : QCoreApplication::translate("steward::cli", "queries profile needs a .sql file."));
    if (!needsArgument && args.size() > 1)
        return usage(err, QCoreApplication::translate("steward::cli", "Unexpected argument '%1'.").arg(args.value(1)));
    bool ok = false;
    const int limit = p.value(options().limit).toInt(&ok);
    if (!ok || limit < 1)
        return usage(err, QCoreApplication::translate("steward::cli", "--limit takes a whole number of at least 1."));
    const int runs = p.value(options().runs).toInt(&ok);
    if (!ok || runs < 1)
        return usage(err, QCoreApplication::translate("steward::cli", "--runs takes a whole number of at least 1."));
    const QString by = p.value(options().by);
    if (!QStringList{"total", "mean", "calls"}.contains(by))
        return usage(err, QCoreApplication::translate("steward::cli", "--by takes total, mean or calls."));

    int code = Success;
    const QString db = databasePath(p, err, code);
    if (db.isEmpty())
        return code;
    Settings settings;
    auto session = DatabaseSession::open(db, DatabaseSession::optionsFrom(settings));
    if (!session)
        return fail(err, session.error(), CannotOpenDatabase);
    Connection& c = session.value()->connection();
    const bool json = p.isSet(globals().json);

    if (sub == QLatin1String("slow") || sub == QLatin1String("top")) {
        auto read = SlowQueryStore::readAll(c, sub == QLatin1String("slow") ? limit : 100000);
        if (!read)
            return fail(err, read.error(), Failed);
        const QVector<SlowQueryStore::Row> rows = read->rows;
        const int skipped = read->skipped;
        if (!read->shapeProblem.isEmpty())
            err << "steward-cli: " << read->shapeProblem << Qt::endl;
        if (skipped > 0)
            err << "steward-cli: "
                << QCoreApplication::translate(
                       "steward::cli", "%1 rows of query_performance have an unexpected shape and were skipped.")
                       .arg(skipped)
                << Qt::endl;
        if (sub == QLatin1String("slow")) {
            if (json) {
                QJsonArray items;
                for (const auto& r : rows)
                    items.append(QJsonObject{{"id", r.id},
                                             {"sql", r.sql},
                                             {"duration_ms", r.durationMs},
                                             {"timestamp", r.timestamp.toString(Qt::ISODate)},
                                             {"params", r.params},
                                             {"source", r.fromSteward ? "steward" : "application"}});
                printJson(out, QJsonObject{{"slow_queries", items}});
            } else {
                for (const auto& r : rows)
                    out << QString::number(r.durationMs).rightJustified(8) << " ms  "
                        << r.timestamp.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << r.sql.simplified()
                        << '\n';
                if (rows.isEmpty())
                    out << QCoreApplication::translate("steward::cli", "No slow queries recorded.") << '\n';
                out.flush();
            }
            return Success;
        }
        auto groups = groupByFingerprint(rows);
        std::sort(groups.begin(), groups.end(), [&](const RecordedStats& a, const RecordedStats& b) {
            if (by == QLatin1String("mean"))
                return a.meanMs() > b.meanMs();
            if (by == QLatin1String("calls"))
                return a.calls > b.calls;
            return a.totalMs > b.totalMs;
        });
        groups.resize(std::min<qsizetype>(groups.size(), limit));
        if (json) {
            QJsonArray items;
            for (const auto& g : groups)
                items.append(QJsonObject{{"fingerprint", g.fingerprint},
                                         {"calls", g.calls},
                                         {"total_ms", g.totalMs},
                                         {"mean_ms", g.meanMs()},
                                         {"max_ms", g.maxMs}});
            printJson(out, QJsonObject{{"by", by}, {"top", items}});
        } else {
            out << QCoreApplication::translate("steward::cli", "   CALLS   TOTAL ms    MEAN ms     MAX ms  STATEMENT")
                << '\n';
            for (const auto& g : groups)
                out << QStringLiteral("%1 %2 %3 %4  %5")
                           .arg(g.calls, 8)
                           .arg(g.totalMs, 10)
                           .arg(g.meanMs(), 10)
                           .arg(g.maxMs, 10)
                           .arg(g.fingerprint)
                    << '\n';
            out.flush();
        }
        return Success;
    }

    if (sub == QLatin1String("clear")) {
        if (int c = confirmOrRefuse(
                p, err,
                QCoreApplication::translate("steward::cli", "queries clear forgets the slow queries Steward recorded "
                                                            "and needs --yes when no one can be asked."),
                QCoreApplication::translate("steward::cli", "Forget the slow queries Steward recorded for this "
                                                            "database (query_performance is left as it is)?"));
            c != Success)
            return c;
        auto n = Workspace::clearQueryStatistics(db); // audited as the window does: clear-query-statistics
        if (!n)
            return fail(err, n.error(), Failed);
        if (json)
            printJson(out, QJsonObject{{"deleted", n.value()}});
        else
            out << QCoreApplication::translate("steward::cli", "Forgot %1 slow queries Steward had recorded.")
                       .arg(n.value())
                << Qt::endl;
        return Success;
    }

    if (sub == QLatin1String("explain")) {
        auto plan = explainQueryPlan(c, args.mid(1).join(QLatin1Char(' ')));
        if (!plan)
            return fail(err, plan.error(), Failed);
        if (json) {
            QJsonArray steps;
            for (const auto& s : plan.value())
                steps.append(QJsonObject{{"id", s.id}, {"parent", s.parent}, {"depth", s.depth}, {"detail", s.detail}});
            printJson(out, QJsonObject{{"plan", steps}});
        } else {
            for (const auto& s : plan.value())
                out << QString(s.depth * 2, QLatin1Char(' ')) << "`-- " << s.detail << '\n';
            out.flush();
        }
        return Success;
    }

    // profile
    QFile file(args.value(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            err,
            makeError(ErrorCode::CannotOpen,
                      QCoreApplication::translate("steward::cli", "The script %1 cannot be read.").arg(args.value(1)),
                      QCoreApplication::translate("steward::cli", "Check the path.")),
            Failed);
    auto stats = profileScript(c, QString::fromUtf8(file.readAll()), runs);
    if (!stats)
        return fail(err, stats.error(), Failed);
    auto rows = stats.value();
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.totalNs > b.totalNs; });
    if (json) {
        QJsonArray items;
        for (const auto& s : rows)
            items.append(QJsonObject{{"fingerprint", s.fingerprint},
                                     {"calls", s.calls},
                                     {"total_ms", double(s.totalNs) / 1e6},
                                     {"mean_ms", double(s.meanNs()) / 1e6},
                                     {"p95_ms", double(s.percentileNs(0.95)) / 1e6},
                                     {"max_ms", double(s.maxNs) / 1e6}});
        printJson(out, QJsonObject{{"runs", runs}, {"statements", items}});
    } else {
        out << QCoreApplication::translate("steward::cli",
                                           "%1 runs, rolled back after each; the database is unchanged.")
                   .arg(runs)
            << '\n'
            << QCoreApplication::translate("steward::cli",
                                           "   CALLS   TOTAL ms    MEAN ms  P95 ms<=     MAX ms  STATEMENT")
            << '\n';
        for (const auto& s : rows)
            out << QStringLiteral("%1 %2 %3 %4 %5  %6")
                       .arg(s.calls, 8)
                       .arg(ms(s.totalNs), 10)
                       .arg(ms(s.meanNs()), 10)
                       .arg(ms(s.percentileNs(0.95)), 9)
                       .arg(ms(s.maxNs), 10)
                       .arg(s.fingerprint)
                << '\n';
        out.flush();
    }
    return Success;
}

} // namespace

Command queriesCommand()
{
    Command c;
    c.summary = QCoreApplication::translate(
        "steward::cli", "Show recorded slow queries, top statements, query plans; profile a script.");
    c.options = {options().limit, options().by, options().runs};
    c.positionals = 20;
    c.usage = QCoreApplication::translate(
        "steward::cli",
        "              queries slow [--limit N] | top [--by total|mean|calls] [--limit N] | clear [--yes]\n"
        "              queries explain SQL | profile FILE [--runs N]\n");
    c.run = runQueries;
    return c;
}

} // namespace steward::cli
