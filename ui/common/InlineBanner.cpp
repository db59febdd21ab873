#include "common/InlineBanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

namespace steward {

InlineBanner::InlineBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss (Esc)"));
    m_close->setShortcut(QKeySequence(Qt::Key_Escape));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        auto fn = m_actionFn;
        hide();
        if (fn)
            fn();
    });
    hide();
}

void InlineBanner::showMessage(Kind kind, const QString& message, const QString& hint)
{
    m_kind = kind;
    const auto icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                      : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    // Translucent tints read well on light and dark palettes alike.
    const char* tint = kind == Kind::Error     ? "rgba(220, 50, 50, 40)"
                       : kind == Kind::Warning ? "rgba(230, 160, 0, 45)"
                                               : "rgba(60, 130, 220, 35)";
    setStyleSheet(
        QStringLiteral("QFrame#banner { background: %1; border: 1px solid palette(mid); border-radius: 4px; }")
            .arg(QLatin1String(tint)));
    m_label->setText(hint.isEmpty()
                         ? message.toHtmlEscaped()
                         : QStringLiteral("<b>%1</b><br>%2").arg(message.toHtmlEscaped(), hint.toHtmlEscaped()));
    m_actionFn = nullptr;
    m_action->hide();
    show();
}

void InlineBanner::setAction(const QString& text, std::function<void()> fn)
{
    m_action->setText(text);
    m_actionFn = std::move(fn);
    m_action->show();
}

QString InlineBanner::text() const
{
    QTextDocument doc;
    doc.setHtml(m_label->text());
    return doc.toPlainText();
}

} // namespace steward
