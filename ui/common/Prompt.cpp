#include "common/Prompt.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace steward {

std::optional<std::optional<QString>> Prompt::s_nextText;
std::optional<bool> Prompt::s_nextAnswer;

std::optional<QString> Prompt::text(QWidget* parent, const QString& title, const QString& label, const QString& initial)
{
    if (s_nextText) {
        auto answer = *s_nextText;
        s_nextText.reset();
        return answer;
    }
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

bool Prompt::confirm(QWidget* parent, const QString& title, const QString& text, const QString& action)
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* go = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void Prompt::setNextText(std::optional<QString> text)
{
    s_nextText = std::move(text);
}
void Prompt::setNextAnswer(bool yes)
{
    s_nextAnswer = yes;
}

} // namespace steward
