#pragma once

#include "Panel.h"
#include "health/HealthCheck.h"

#include <QTimer>

class QLabel;
class QPushButton;
class QTableView;

namespace steward {

class DatabaseSession;

class Workspace;

class CircuitTimelineChart;
class HealthCheckModel;
class Settings;

// Tab 5: one glance at whether the database is OK — a traffic light, the circuit (state, failures against the
// threshold, countdown to the next attempt, Isolate and Reset), its timeline since the database was opened, and
// every check with its details. Check now runs a round at once; the full check adds integrity_check.
class HealthPanel final : public Panel {
    Q_OBJECT
public:
    explicit HealthPanel(Settings& settings, QWidget* parent = nullptr);
    QString title() const override { return tr("Health"); }
    int shortcutNumber() const override { return 5; }
    void setWorkspace(Workspace* workspace) override;

    void checkNow(bool full = false);
    HealthCheckModel* model() const { return m_model; }
    CircuitTimelineChart* timeline() const { return m_timeline; }

private:
    void setSession(DatabaseSession* session);
    void showReport(const HealthReport& report);
    void updateCircuit();
    void isolate();
    void reset();

    Settings& m_settings;
    DatabaseSession* m_session = nullptr;
    Workspace* m_workspace = nullptr;
    qint64 m_openedAtMs = 0;
    HealthCheckModel* m_model;
    CircuitTimelineChart* m_timeline;
    QLabel* m_light;
    QLabel* m_summary;
    QLabel* m_checked;
    QLabel* m_circuitState;
    QLabel* m_failures;
    QLabel* m_countdown;
    QPushButton* m_check;
    QPushButton* m_fullCheck;
    QPushButton* m_isolate;
    QPushButton* m_reset;
    QTableView* m_table;
    QTimer m_tick;
};

} // namespace steward
