#pragma once

#include <QWidget>

namespace steward {

class Workspace;

// A tab of the main window. Panels are thin: they turn user intent into core calls and results into pixels.
class Panel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    // Ctrl+N opens the panel; numbers are fixed per panel so that shortcuts never move when panels are added:
    // 1 Schema, 2 Migrations, 3 Backups, 4 Queries, 5 Health, 6 Log.
    virtual int shortcutNumber() const = 0;
    // The open database's workspace, or nullptr when none is open. It outlives the panel's use of it until the next
    // setWorkspace(). Called once per open (and with nullptr on close); never as a way to refresh: a panel follows
    // the workspace's signals.
    virtual void setWorkspace(Workspace* workspace) = 0;
    // View → Refresh: show the database again, keeping the selection and any job that is running, whoever started
    // it. A panel busy with a job of its own shows it when it ends.
    virtual void onDatabaseChanged() {}
    // What closing the database now would throw away (e.g. an uncommitted transaction), for the window to ask
    // about first; empty when nothing.
    virtual QString unsavedWork() const { return {}; }
    // A job of the panel's own is changing something now (a backup, a migration): the window does not switch
    // databases under it.
    virtual bool isBusy() const { return false; }

signals:
    // A recoverable problem for the window's inline banner.
    void problem(const QString& message, const QString& hint);
    void statusMessage(const QString& message);
};

} // namespace steward
