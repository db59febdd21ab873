#include "common/SqlHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace steward {

SqlHighlighter::SqlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_keywords(QStringLiteral(
                     "\\b(SELECT|FROM|WHERE|AND|OR|NOT|NULL|IS|IN|AS|ON|JOIN|LEFT|INNER|OUTER|CROSS|GROUP|BY|ORDER|"
                     "HAVING|LIMIT|OFFSET|INSERT|INTO|VALUES|UPDATE|SET|DELETE|CREATE|TABLE|INDEX|VIEW|TRIGGER|DROP|"
                     "ALTER|ADD|COLUMN|RENAME|TO|PRIMARY|KEY|FOREIGN|REFERENCES|UNIQUE|CHECK|DEFAULT|BEGIN|COMMIT|"
                     "ROLLBACK|END|SAVEPOINT|RELEASE|TRANSACTION|WITH|RECURSIVE|UNION|ALL|DISTINCT|CASE|WHEN|THEN|"
                     "ELSE|EXISTS|BETWEEN|LIKE|GLOB|ASC|DESC|IF|PRAGMA|EXPLAIN|QUERY|PLAN|INTEGER|TEXT|REAL|BLOB|"
                     "AUTOINCREMENT|REPLACE|CONFLICT|RETURNING|OVER|PARTITION|WINDOW|VACUUM|ANALYZE|ATTACH|DETACH)\\b"),
                 QRegularExpression::CaseInsensitiveOption)
    , m_numbers(QStringLiteral("\\b\\d+(\\.\\d+)?\\b"))
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_keywordFormat.setForeground(dark ? QColor(0x7a, 0xb7, 0xff) : QColor(0x1f, 0x4e, 0xa8));
    m_keywordFormat.setFontWeight(QFont::Bold);
    m_stringFormat.setForeground(dark ? QColor(0x9c, 0xd6, 0x7c) : QColor(0x2e, 0x7d, 0x32));
    m_numberFormat.setForeground(dark ? QColor(0xe0, 0xa0, 0x60) : QColor(0xa1, 0x52, 0x00));
    m_commentFormat.setForeground(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    m_commentFormat.setFontItalic(true);
}

void SqlHighlighter::highlightBlock(const QString& text)
{
    for (auto it = m_keywords.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keywordFormat);
    }
    for (auto it = m_numbers.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_numberFormat);
    }
    // Strings and comments last, over anything inside them. State 1: inside a /* comment from an earlier line.
    int i = 0;
    if (previousBlockState() == 1) {
        const int close = int(text.indexOf(QLatin1String("*/")));
        const int end = close < 0 ? int(text.size()) : close + 2;
        setFormat(0, end, m_commentFormat);
        if (close < 0) {
            setCurrentBlockState(1);
            return;
        }
        i = end;
    }
    setCurrentBlockState(0);
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            int j = i + 1;
            while (j < text.size() && !(text[j] == c && (j + 1 >= text.size() || text[j + 1] != c)))
                j += text[j] == c ? 2 : 1;
            setFormat(i, j - i + 1, c == QLatin1Char('\'') ? m_stringFormat : QTextCharFormat());
            i = j + 1;
        } else if (c == QLatin1Char('-') && i + 1 < text.size() && text[i + 1] == QLatin1Char('-')) {
            setFormat(i, int(text.size()) - i, m_commentFormat);
            return;
        } else if (c == QLatin1Char('/') && i + 1 < text.size() && text[i + 1] == QLatin1Char('*')) {
            const int close = int(text.indexOf(QLatin1String("*/"), i + 2));
            if (close < 0) {
                setFormat(i, int(text.size()) - i, m_commentFormat);
                setCurrentBlockState(1);
                return;
            }
            setFormat(i, close + 2 - i, m_commentFormat);
            i = close + 2;
        } else {
            ++i;
        }
    }
}

} // namespace steward
