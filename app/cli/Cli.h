#pragma once

#include <QStringList>
#include <QTextStream>

namespace steward::cli {

// Exit codes, documented in README.md and `steward-cli --help`.
// 4 and 5 are for `health`: degraded and unhealthy, so that scripts and CI can tell them apart.
enum ExitCode { Success = 0, Failed = 1, UsageError = 2, CannotOpenDatabase = 3, Degraded = 4, Unhealthy = 5 };

// Runs one command line (arguments without the program name). Output to out, one-line failures to err.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace steward::cli
