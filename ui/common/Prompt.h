#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace steward {

// Questions asked before work starts, with seams for tests (as KeePassXC's MessageBox::setNextAnswer):
// setNextText / setNextAnswer answer the next call without showing a dialog.
class Prompt {
public:
    // A line of text; nullopt when cancelled.
    static std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                       const QString& initial = {});
    // A yes/no decision; `action` is the text of the button that goes ahead. The default button is Cancel.
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action);

    static void setNextText(std::optional<QString> text);
    static void setNextAnswer(bool yes);
    // Whether an answer set for the next confirm() is still waiting (nothing asked), and forgetting it.
    static bool hasPendingAnswer() { return s_nextAnswer.has_value(); }
    static void clearPending()
    {
        s_nextAnswer.reset();
        s_nextText.reset();
    }

private:
    static std::optional<std::optional<QString>> s_nextText;
    static std::optional<bool> s_nextAnswer;
};

} // namespace steward
