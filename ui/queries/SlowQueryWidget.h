#pragma once

#include "monitor/QueryReport.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QPushButton;
class QTreeWidget;

namespace steward {

class DatabaseSession;
class Workspace;
class FingerprintModel;
class JobProgress;
class QueryCharts;
class Settings;

// The slow-query view: a timeline of statements against the threshold, a duration histogram, the top statements,
// and the fingerprint table that filters them; a click shows the statement, its values and its query plan. Data is
// loaded off the UI thread and refreshed live while the view is shown.
class SlowQueryWidget final : public QWidget {
    Q_OBJECT
public:
    explicit SlowQueryWidget(Settings& settings, QWidget* parent = nullptr);
    void setWorkspace(Workspace* workspace);

    void refresh();
    bool isLoading() const;
    FingerprintModel* model() const { return m_model; }
    QueryCharts* charts() const { return m_charts; }
    const QueryReport& report() const { return m_report; }
    // Filters the charts to one fingerprint (empty: all) and shows its details.
    void selectFingerprint(const QString& fingerprint);
    void showSelectedDetails();
    void showReport(); // what was read, without Steward's own statements when they are hidden
    QString selectedFingerprint() const { return m_selected; }
    void setLive(bool on);

signals:
    void problem(const QString& message, const QString& hint);
    void statusMessage(const QString& message);
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void redraw();
    void showDetails(const QString& sql, const QString& params, const QString& heading);
    void showEventAt(qint64 timeMs, double durationMs);
    void clearAll();
    void updateActions();
    void exportCsv();
    void thresholdChanged(int ms);
    QDateTime rangeStart() const;

    Settings& m_settings;
    Workspace* m_workspace = nullptr;
    DatabaseSession* m_session = nullptr; // the workspace's window connection and monitor
    QueryReport m_report;
    QString m_selected;
    QueryReport m_fullReport; // as read; m_report is what is shown (without Steward's own when hidden)
    QCheckBox* m_hideOwn;
    QString m_detailsShown; // which statement and figures the details pane shows
    bool m_reloadWanted = false;
    FingerprintModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QueryCharts* m_charts;
    QTableView* m_table;
    QComboBox* m_range;
    QComboBox* m_topBy;
    QSpinBox* m_threshold;
    QCheckBox* m_live;
    QLabel* m_summary;
    QPlainTextEdit* m_statement;
    QTreeWidget* m_plan;
    JobProgress* m_jobs;
    JobProgress* m_planJobs;
    QPushButton* m_clear; // the selected statement's plan
    QTimer m_liveTimer;
};

} // namespace steward
