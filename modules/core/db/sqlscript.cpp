#include "sqlscript.h"

#include <QRegularExpression>

namespace Crm {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}
} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    // BEGIN and CASE words open a block that END closes (outside quotes and
    // comments): a trigger ends only at the END of its BEGIN, not of a CASE.
    int depth = 0;
    const int n = int(script.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c.isLetter() && (i == 0 || !isWordChar(script.at(i - 1)))) {
            int j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i);
            if (word.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0 ||
                word.compare(QLatin1String("CASE"), Qt::CaseInsensitive) == 0)
                ++depth;
            else if (word.compare(QLatin1String("END"), Qt::CaseInsensitive) == 0)
                --depth;
            current += word;
            i = j - 1;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const int end = int(script.indexOf(QLatin1String("*/"), i + 2));
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int start = i;
            ++i;
            while (i < n) {
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            current += script.mid(start, i - start + 1);
            continue;
        }
        if (c == QLatin1Char(';')) {
            const QString trimmed = current.trimmed();
            static const QRegularExpression trig(QStringLiteral("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression endWord(QStringLiteral("\\bEND$"),
                                                    QRegularExpression::CaseInsensitiveOption);
            inTrigger = trig.match(trimmed).hasMatch();
            if (inTrigger && (depth > 0 || !endWord.match(trimmed).hasMatch())) {
                current += c;
                continue;
            }
            if (!trimmed.isEmpty())
                out << trimmed;
            current.clear();
            depth = 0;
            continue;
        }
        current += c;
    }
    const QString trimmed = current.trimmed();
    if (!trimmed.isEmpty())
        out << trimmed;
    return out;
}

QString mapSqlForDriver(const QString &statement, const QString &driverName)
{
    if (driverName != QLatin1String("QPSQL"))
        return statement;
    QString s = statement;
    static const QRegularExpression pk(QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY(\\s+AUTOINCREMENT)?\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    s.replace(pk, QStringLiteral("BIGSERIAL PRIMARY KEY"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"), QRegularExpression::CaseInsensitiveOption);
    s.replace(blob, QStringLiteral("BYTEA"));
    return s;
}

} // namespace Crm
