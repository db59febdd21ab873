#pragma once

#include "Panel.h"

class QTabWidget;

namespace steward {

class DatabaseSession;

class Workspace;

class Settings;
class SlowQueryWidget;
class SqlConsoleWidget;

// Tab 4: the SQL console and the slow-query view of the open database.
class QueriesPanel final : public Panel {
    Q_OBJECT
public:
    explicit QueriesPanel(Settings& settings, QWidget* parent = nullptr);
    QString title() const override { return tr("Queries"); }
    int shortcutNumber() const override { return 4; }
    void setWorkspace(Workspace* workspace) override;
    void onDatabaseChanged() override;
    QString unsavedWork() const override;

    SqlConsoleWidget* console() const { return m_console; }
    SlowQueryWidget* performance() const { return m_performance; }
    QTabWidget* tabs() const { return m_tabs; }
    void showPerformance();
    void showConsole();

signals:
    void databaseChanged(const QString& message);

private:
    QTabWidget* m_tabs;
    SqlConsoleWidget* m_console;
    SlowQueryWidget* m_performance;
};

} // namespace steward
