#pragma once

#include <QStringList>

#include <memory>

class QApplication;

namespace steward {

class MainWindow;
class Settings;

// The composition root: settings, logging, translations, the main window, and what the command line asks for.
class Application final {
public:
    explicit Application(QApplication& app);
    ~Application();
    // Parses the command line, shows the window; returns the process exit code.
    int run();

private:
    QApplication& m_app;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace steward
