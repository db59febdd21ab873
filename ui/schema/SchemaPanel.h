#pragma once

#include "Panel.h"

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace steward {

class DatabaseSession;

class Workspace;

class Job;
class JobProgress;
class SchemaTreeModel;
class TableDataModel;

// Tables, views, indexes and triggers with their SQL, and a read-only data grid that loads rows as you scroll.
class SchemaPanel final : public Panel {
    Q_OBJECT
public:
    explicit SchemaPanel(QWidget* parent = nullptr);
    ~SchemaPanel() override;
    QString title() const override { return tr("Schema"); }
    int shortcutNumber() const override { return 1; }
    void setWorkspace(Workspace* workspace) override;
    void onDatabaseChanged() override;

    // Selects an object by name (tables and views first); returns false when there is none.
    bool selectObject(const QString& name);
    TableDataModel* dataModel() const { return m_data; }

signals:
    // The schema was read and shown.
    void loaded();

private:
    void showSchema(const QString& keep);
    void showCurrent();
    void showObject(int type, const QString& name, const QString& sql);
    void countRows();
    void dropCount();
    void updateActions();
    void updateRowsLabel(int loaded, bool complete);

    Workspace* m_workspace = nullptr;
    SchemaTreeModel* m_tree;
    QSortFilterProxyModel* m_treeFilter;
    TableDataModel* m_data;
    QStandardItemModel* m_columns;
    QTreeView* m_treeView;
    QLineEdit* m_filter;
    QTabWidget* m_tabs;
    QTableView* m_grid;
    QTableView* m_columnsView;
    QPlainTextEdit* m_sql;
    QLabel* m_rowsLabel;
    QPushButton* m_countButton;
    QString m_currentTable;
    std::unique_ptr<Job> m_countJob;
    JobProgress* m_jobs;        // the schema
    JobProgress* m_columnsJobs; // the selected table's columns
};

} // namespace steward
