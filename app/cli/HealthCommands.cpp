// steward-cli health [--full] [--json]
#include "CliSupport.h"

#include "Audit.h"
#include "Settings.h"
#include "health/HealthCheck.h"
#include "migrations/MigrationSet.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace steward::cli {

namespace {

QCommandLineOption& fullOption()
{
    static QCommandLineOption o{
        QStringLiteral("full"),
        QCoreApplication::translate("steward::cli", "Run the full integrity_check instead of quick_check.")};
    return o;
}

int runHealth(QCommandLineParser& p, QTextStream& out, QTextStream& err)
{
    if (p.positionalArguments().size() > 1)
        return usage(err, QCoreApplication::translate("steward::cli", "Unexpected argument '%1'.")
                              .arg(p.positionalArguments().value(1)));
    int code = Success;
    const QString db = databasePath(p, err, code, true);
    if (db.isEmpty())
        return code;
    Settings settings;
    CircuitOptions circuit = CircuitOptions::from(settings);
    Workspace workspace(db, settings);
    workspace.breaker().setOptions(circuit);
    if (p.isSet(backupsOption())) // as every backup command: --backups, else the database's chosen folder
        workspace.overrideBackupsFolder(p.value(backupsOption()));
    const HealthReport report = workspace.runHealthCheck(p.isSet(fullOption())); // audited as health-check

    if (p.isSet(globals().json)) {
        QJsonArray checks;
        for (const auto& c : report.checks)
            checks.append(QJsonObject{
                {"id", c.id},
                {"name", c.name},
                {"status", checkStatusName(c.status)},
                {"message", c.message},
                // The circuit's state by its stable name, whatever the language.
                {"value", c.id == QLatin1String("circuit") ? circuitStateName(report.circuit.state) : c.value}});
        printJson(out, QJsonObject{{"database", db},
                                   {"status", overallHealthName(report.overall)},
                                   {"circuit", circuitStateName(report.circuit.state)},
                                   {"time", report.time.toString(Qt::ISODateWithMs)},
                                   {"checks", checks}});
    } else {
        for (const auto& c : report.checks)
            out << checkStatusName(c.status).toUpper().leftJustified(5) << ' ' << c.name.leftJustified(26) << ' '
                << c.value.leftJustified(14) << ' ' << c.message << '\n';
        out << '\n'
            << QCoreApplication::translate("steward::cli", "Overall: %1").arg(overallHealthName(report.overall))
            << '\n';
        out.flush();
    }
    switch (report.overall) {
    case OverallHealth::Healthy:
        return Success;
    case OverallHealth::Degraded:
        return Degraded;
    case OverallHealth::Unhealthy:
        return Unhealthy;
    }
    return Failed;
}

} // namespace

Command healthCommand()
{
    Command c;
    c.summary = QCoreApplication::translate(
        "steward::cli", "Check the database's health; exit code 0 healthy, 4 degraded, 5 unhealthy.");
    c.options = {fullOption(), backupsOption()};
    c.usage = QCoreApplication::translate("steward::cli", "              health [--full] [--backups DIR] [--json]\n");
    c.run = runHealth;
    return c;
}

} // namespace steward::cli
