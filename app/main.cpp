#include "Application.h"

#include "db/PgAddress.h"

#include <QApplication>

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    // Without a display QApplication aborts; say what to do instead. Options that print need no display.
    bool printsOnly = false;
    for (int i = 1; i < argc; ++i)
        printsOnly = printsOnly || !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h") ||
                     !std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v");
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY") &&
        !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        if (printsOnly)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        else {
            std::fprintf(stderr, "steward: no display found (DISPLAY is not set).\n"
                                 "Run it on a desktop, or without one as: xvfb-run -a steward [--demo] [DATABASE]\n"
                                 "For the command line, use steward-cli.\n");
            return 1;
        }
    }
    steward::prepareLibpqEnvironment(); // before any thread: PG* variables never steer Steward's connections
    QApplication app(argc, argv);
    steward::englishLibpqMessages(); // QCoreApplication set the locale from the environment
    steward::Application steward(app);
    return steward.run();
}
