#include "monitor/Fingerprint.h"

#include <QSet>
#include <QStringList>

namespace steward {

namespace {

const QSet<QString>& keywords()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char* k : {"ABORT",
                              "ACTION",
                              "ADD",
                              "AFTER",
                              "ALL",
                              "ALTER",
                              "ALWAYS",
                              "ANALYZE",
                              "AND",
                              "AS",
                              "ASC",
                              "ATTACH",
                              "AUTOINCREMENT",
                              "BEFORE",
                              "BEGIN",
                              "BETWEEN",
                              "BY",
                              "CASCADE",
                              "CASE",
                              "CAST",
                              "CHECK",
                              "COLLATE",
                              "COLUMN",
                              "COMMIT",
                              "CONFLICT",
                              "CONSTRAINT",
                              "CREATE",
                              "CROSS",
                              "CURRENT",
                              "CURRENT_DATE",
                              "CURRENT_TIME",
                              "CURRENT_TIMESTAMP",
                              "DATABASE",
                              "DEFAULT",
                              "DEFERRED",
                              "DELETE",
                              "DESC",
                              "DETACH",
                              "DISTINCT",
                              "DO",
                              "DROP",
                              "EACH",
                              "ELSE",
                              "END",
                              "ESCAPE",
                              "EXCEPT",
                              "EXCLUSIVE",
                              "EXISTS",
                              "EXPLAIN",
                              "FILTER",
                              "FIRST",
                              "FOLLOWING",
                              "FOR",
                              "FOREIGN",
                              "FROM",
                              "FULL",
                              "GLOB",
                              "GROUP",
                              "GROUPS",
                              "HAVING",
                              "IF",
                              "IGNORE",
                              "IMMEDIATE",
                              "IN",
                              "INDEX",
                              "INDEXED",
                              "INNER",
                              "INSERT",
                              "INSTEAD",
                              "INTERSECT",
                              "INTO",
                              "IS",
                              "ISNULL",
                              "JOIN",
                              "KEY",
                              "LAST",
                              "LEFT",
                              "LIKE",
                              "LIMIT",
                              "MATCH",
                              "MATERIALIZED",
                              "NATURAL",
                              "NO",
                              "NOT",
                              "NOTHING",
                              "NOTNULL",
                              "NULL",
                              "NULLS",
                              "OF",
                              "OFFSET",
                              "ON",
                              "OR",
                              "ORDER",
                              "OTHERS",
                              "OUTER",
                              "OVER",
                              "PARTITION",
                              "PLAN",
                              "PRAGMA",
                              "PRECEDING",
                              "PRIMARY",
                              "QUERY",
                              "RAISE",
                              "RANGE",
                              "RECURSIVE",
                              "REFERENCES",
                              "REGEXP",
                              "REINDEX",
                              "RELEASE",
                              "RENAME",
                              "REPLACE",
                              "RESTRICT",
                              "RETURNING",
                              "RIGHT",
                              "ROLLBACK",
                              "ROW",
                              "ROWS",
                              "SAVEPOINT",
                              "SELECT",
                              "SET",
                              "TABLE",
                              "TEMP",
                              "TEMPORARY",
                              "THEN",
                              "TIES",
                              "TO",
                              "TRANSACTION",
                              "TRIGGER",
                              "UNBOUNDED",
                              "UNION",
                              "UNIQUE",
                              "UPDATE",
                              "USING",
                              "VACUUM",
                              "VALUES",
                              "VIEW",
                              "VIRTUAL",
                              "WHEN",
                              "WHERE",
                              "WINDOW",
                              "WITH",
                              "WITHOUT"})
            s.insert(QString::fromLatin1(k));
        return s;
    }();
    return set;
}

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}
bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// Splits into tokens: words, literals (as "?"), quoted identifiers, punctuation. Comments and white space vanish.
QStringList tokenize(const QString& sql)
{
    QStringList tokens;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql[i + 1] == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('\'')) {
            ++i;
            while (i < n) {
                if (sql[i] == QLatin1Char('\'')) {
                    if (i + 1 < n && sql[i + 1] == QLatin1Char('\''))
                        i += 2; // '' inside a string
                    else
                        break;
                } else {
                    ++i;
                }
            }
            ++i;
            tokens << QStringLiteral("?");
        } else if ((c == QLatin1Char('x') || c == QLatin1Char('X')) && i + 1 < n && sql[i + 1] == QLatin1Char('\'')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\''), i + 2);
            i = end < 0 ? n : end + 1;
            tokens << QStringLiteral("?");
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            qsizetype j = i + 1;
            while (j < n && sql[j] != close)
                ++j;
            tokens << sql.mid(i, j - i + 1);
            i = j + 1;
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && sql[i + 1].isDigit())) {
            while (i < n && (sql[i].isLetterOrNumber() || sql[i] == QLatin1Char('.') ||
                             ((sql[i] == QLatin1Char('+') || sql[i] == QLatin1Char('-')) &&
                              (sql[i - 1] == QLatin1Char('e') || sql[i - 1] == QLatin1Char('E')))))
                ++i;
            // A minus sign right before a number that follows an operator or '(' belongs to the literal.
            if (!tokens.isEmpty() && tokens.last() == QLatin1String("-") && tokens.size() >= 2) {
                const QString before = tokens[tokens.size() - 2];
                if (before == QLatin1String("(") || before == QLatin1String(",") || before == QLatin1String("=") ||
                    before == QLatin1String("<") || before == QLatin1String(">") || keywords().contains(before))
                    tokens.removeLast();
            }
            tokens << QStringLiteral("?");
        } else if (c == QLatin1Char('?') || c == QLatin1Char(':') || c == QLatin1Char('@') ||
                   (c == QLatin1Char('$') && i + 1 < n && isIdentStart(sql[i + 1]))) {
            ++i;
            while (i < n && isIdentChar(sql[i]))
                ++i;
            tokens << QStringLiteral("?");
        } else if (isIdentStart(c)) {
            qsizetype j = i;
            while (j < n && isIdentChar(sql[j]))
                ++j;
            const QString word = sql.mid(i, j - i);
            const QString upper = word.toUpper();
            tokens << (keywords().contains(upper) ? upper : word);
            i = j;
        } else {
            // Two-character operators stay together.
            static const QStringList two{QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("<>"),
                                         QStringLiteral("!="), QStringLiteral("=="), QStringLiteral("||"),
                                         QStringLiteral("<<"), QStringLiteral(">>"), QStringLiteral("->")};
            const QString pair = sql.mid(i, 2);
            if (two.contains(pair)) {
                tokens << pair;
                i += 2;
            } else {
                tokens << QString(c);
                ++i;
            }
        }
    }
    return tokens;
}

} // namespace

QString fingerprint(const QString& sql)
{
    QStringList tokens = tokenize(sql);
    // Collapse "( ?, ?, … )" into "( ? )", and a run of "( … ) , ( … )" of literal tuples after VALUES into one.
    QStringList out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i] == QLatin1String("(")) {
            qsizetype j = i + 1;
            bool onlyLiterals = j < tokens.size() && tokens[j] == QLatin1String("?");
            while (j < tokens.size() && onlyLiterals && tokens[j] != QLatin1String(")")) {
                onlyLiterals = tokens[j] == QLatin1String("?") || tokens[j] == QLatin1String(",");
                ++j;
            }
            if (onlyLiterals && j < tokens.size()) {
                // A tuple of literals: keep its arity for VALUES (columns matter), collapse it for IN.
                const bool afterIn = !out.isEmpty() && out.last() == QLatin1String("IN");
                if (afterIn) {
                    out << QStringLiteral("(") << QStringLiteral("?") << QStringLiteral(")");
                } else {
                    for (qsizetype k = i; k <= j; ++k)
                        out << tokens[k];
                }
                i = j;
                // Repeated tuples: VALUES (?, ?), (?, ?) → VALUES (?, ?)
                while (i + 1 < tokens.size() && tokens[i + 1] == QLatin1String(",") && i + 2 < tokens.size() &&
                       tokens[i + 2] == QLatin1String("(")) {
                    qsizetype k = i + 3;
                    bool literal = k < tokens.size() && tokens[k] == QLatin1String("?");
                    while (k < tokens.size() && literal && tokens[k] != QLatin1String(")")) {
                        literal = tokens[k] == QLatin1String("?") || tokens[k] == QLatin1String(",");
                        ++k;
                    }
                    if (!literal || k >= tokens.size() || afterIn)
                        break;
                    i = k;
                }
                continue;
            }
        }
        out << tokens[i];
    }
    // Join with single spaces, without spaces inside "( ", " )", " ," and around "." .
    const bool createIndex =
        !out.isEmpty() && out.first() == QLatin1String("CREATE") && out.contains(QLatin1String("INDEX"));
    // Whether out[k], a "(", opens a call's arguments (see below).
    auto isCall = [&](qsizetype k) {
        if (out[k] != QLatin1String("(") || k == 0)
            return false;
        const QString& prev = out[k - 1];
        static const QSet<QString> tableContext{QStringLiteral("INTO"),       QStringLiteral("TABLE"),
                                                QStringLiteral("EXISTS"),     QStringLiteral("VIEW"),
                                                QStringLiteral("REFERENCES"), QStringLiteral("AS")};
        const bool word = !prev.isEmpty() && isIdentStart(prev[0]) && !keywords().contains(prev);
        const bool namesTable =
            k > 1 && (tableContext.contains(out[k - 2]) || (out[k - 2] == QLatin1String("ON") && createIndex));
        return word && !namesTable;
    };
    QString result;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QString& t = out[i];
        const bool noSpaceBefore =
            t == QLatin1String(")") || t == QLatin1String(",") || t == QLatin1String(".") || t == QLatin1String(";");
        const bool previousOpens =
            !result.isEmpty() && (result.endsWith(QLatin1Char('(')) || result.endsWith(QLatin1Char('.')));
        // A call: "count(*)" — an identifier right before "(", unless it names a table (INSERT INTO t (a, b),
        // CREATE INDEX i ON t (a)). ON names a table only in CREATE INDEX: elsewhere "ON lower(a) = b" is a call.
        const bool call = isCall(i);
        if (!result.isEmpty() && !noSpaceBefore && !previousOpens && !call)
            result += QLatin1Char(' ');
        // Function names are case-insensitive in SQL: one spelling (lower case), as pg_stat_statements groups them.
        if (i + 1 < out.size() && isCall(i + 1))
            result += t.toLower();
        else
            result += t;
    }
    // Trailing semicolons go, after trimming: an unterminated quoted token may end in "; " (found by the fuzzer:
    // otherwise fingerprinting a fingerprint removed one more ';').
    result = result.trimmed();
    while (result.endsWith(QLatin1Char(';'))) {
        result.chop(1);
        result = result.trimmed();
    }
    return result;
}

} // namespace steward
