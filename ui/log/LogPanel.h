#pragma once

#include "Panel.h"

class QComboBox;
class QLineEdit;
class QTableView;

namespace steward {

class LogModel;
class LogFilterProxy;

// Steward's own log, live: filter by level, search the messages.
class LogPanel final : public Panel {
    Q_OBJECT
public:
    explicit LogPanel(QWidget* parent = nullptr);
    QString title() const override { return tr("Log"); }
    int shortcutNumber() const override { return 6; }
    void setWorkspace(Workspace*) override {}

private:
    LogModel* m_model;
    LogFilterProxy* m_proxy;
    QComboBox* m_level;
    QLineEdit* m_search;
    QTableView* m_view;
};

} // namespace steward
