#pragma once

#include "db/ConsoleSession.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace steward {

class ConsoleResultModel;
class DatabaseSession;
class Workspace;
class JobProgress;
class Settings;

// The SQL console: an editor whose statement under the cursor (or selection) runs with Ctrl+Enter on a
// connection of its own thread, so a long statement never freezes the window and Cancel interrupts it.
// Statements that write ask first and run in a transaction that the user commits or rolls back; a text that fails
// part way changes nothing. Results are fetched a page at a time; every statement is traced by the session's
// monitor and shows its own time.
class SqlConsoleWidget final : public QWidget {
    Q_OBJECT
public:
    explicit SqlConsoleWidget(Settings& settings, QWidget* parent = nullptr);
    ~SqlConsoleWidget() override;
    void setWorkspace(Workspace* workspace);

    QPlainTextEdit* editor() const { return m_editor; }
    ConsoleResultModel* resultModel() const { return m_model; }
    bool isRunning() const;
    bool inTransaction() const { return m_inTransaction; }
    QStringList history() const { return m_history; }

    void runCurrent(); // the selection, or the statement under the cursor
    void runAll();
    void cancel();
    void commit();
    void rollback();
    void profileScript();

signals:
    void problem(const QString& message, const QString& hint);
    void statusMessage(const QString& message);
    void finishedRun(const steward::ConsoleResult& result);
    // Data was committed: other views of the database may be stale.
    void databaseChanged();

private:
    void run(const QString& text, int editorOffset);
    void start(const QString& text, int editorOffset); // runs it in the console (asked already)
    void onFinished(const ConsoleResult& result);
    void updateActions();
    void addToHistory(const QString& text);
    void showHistory(); // the history box from m_history
    void log(const QString& line);

    Settings& m_settings;
    Workspace* m_workspace = nullptr;
    DatabaseSession* m_session = nullptr; // the workspace's window connection and monitor
    std::unique_ptr<ConsoleSession> m_console;
    QString m_openError;
    quint64 m_runId = 0;
    int m_runOffset = 0; // where the text being run starts in the editor
    bool m_inTransaction = false;
    QStringList m_history;
    QHash<QString, QString> m_texts; // the editor's text per database, while the window lives
    QPlainTextEdit* m_editor;
    QPlainTextEdit* m_messages;
    QTableView* m_results;
    ConsoleResultModel* m_model;
    QLabel* m_status;
    QLabel* m_transaction;
    QComboBox* m_historyBox;
    JobProgress* m_jobs;
    QAction* m_run;
    QAction* m_runAll;
    QAction* m_cancel;
    QAction* m_commit;
    QAction* m_rollback;
    QAction* m_profile;
};

} // namespace steward
