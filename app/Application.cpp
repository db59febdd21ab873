#include "Application.h"

#include "AppPaths.h"
#include "Audit.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace steward {

namespace {

// For steward-bench: quits once the window has painted for the first time.
class FirstPaintProbe : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint\n");
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

Application::Application(QApplication& app)
    : m_app(app)
{
    QCoreApplication::setApplicationName(QStringLiteral("steward"));
    QCoreApplication::setOrganizationName(QStringLiteral("steward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Steward"));
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.steward.Steward"));
    installTranslations(app, Settings().stringValue(SettingKey::Language)); // Preferences → Language
}

Application::~Application() = default;

int Application::run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "steward::Application", "See and safely change the state of an application's database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("steward::Application", "Open the demo database (created on first use)."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QCoreApplication::translate("steward::Application", "The SQLite database to open."),
                                 QStringLiteral("[DATABASE]"));
    if (!parser.parse(m_app.arguments())) {
        std::fprintf(stderr, "steward: %s\n\n%s", qPrintable(parser.errorText()), qPrintable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("steward %s\n", STEWARD_VERSION);
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "steward: %s\n\n%s",
                     qPrintable(QCoreApplication::translate("steward::Application", "Only one database can be given.")),
                     qPrintable(parser.helpText()));
        return 2;
    }

    const QString logFile = logging::init(AppPaths::logDir());
    m_settings = std::make_unique<Settings>();
    logging::setLevel(m_settings->stringValue(SettingKey::LogLevel));
    logging::logger()->info("Steward {} started; log file {}", STEWARD_VERSION, logFile);
    if (auto replayed = AuditTrail::instance().replayFallback(); replayed && replayed.value() > 0)
        logging::logger()->info("audit: {} pending entries stored", replayed.value());

    m_window = std::make_unique<MainWindow>(*m_settings);
    if (qEnvironmentVariableIsSet("STEWARD_EXIT_AFTER_FIRST_PAINT"))
        m_window->installEventFilter(new FirstPaintProbe(m_window.get()));
    m_window->show();
    if (parser.isSet(demo))
        m_window->openDemo();
    else if (!parser.positionalArguments().isEmpty())
        m_window->openDatabase(parser.positionalArguments().first());
    const int code = m_app.exec();
    m_window.reset();
    return code;
}

} // namespace steward
