#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace steward {

// A strip above the panels for recoverable problems: what failed, why, what to do; optionally one action.
// Modal dialogs are kept for decisions.
class InlineBanner final : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit InlineBanner(QWidget* parent = nullptr);
    void showMessage(Kind kind, const QString& message, const QString& hint = {});
    // Adds a button to the current message; clicking it runs fn and hides the banner.
    void setAction(const QString& text, std::function<void()> fn);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon;
    QLabel* m_label;
    QPushButton* m_action;
    QToolButton* m_close;
    std::function<void()> m_actionFn;
    Kind m_kind = Kind::Info;
};

} // namespace steward
