#include "normalizer.h"

#include <QSet>
#include <algorithm>

namespace Crm::Normalizer {

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3040 && u <= 0x30FF) ||
           (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF);
}

QString text(const QString &s)
{
    const QString folded = s.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool space = true;
    for (QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            out += c;
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

namespace {

const QStringList &cjkSuffixes()
{
    // Longest first.
    static const QStringList s{QStringLiteral("集团股份有限公司"),
                               QStringLiteral("集团有限责任公司"),
                               QStringLiteral("集团有限公司"),
                               QStringLiteral("股份有限公司"),
                               QStringLiteral("有限责任公司"),
                               QStringLiteral("有限公司"),
                               QStringLiteral("股份公司"),
                               QStringLiteral("集团公司"),
                               QStringLiteral("有限會社"),
                               QStringLiteral("株式会社"),
                               QStringLiteral("公司"),
                               QStringLiteral("集团")};
    return s;
}

// Legal forms written as words, compared after single letters are joined
// ("s a" → "sa", "s r l" → "srl").
const QList<QStringList> &latinSuffixes()
{
    static const QList<QStringList> s{{QStringLiteral("sa"), QStringLiteral("de"), QStringLiteral("cv")},
                                      {QStringLiteral("co"), QStringLiteral("ltd")},
                                      {QStringLiteral("pty"), QStringLiteral("ltd")},
                                      {QStringLiteral("sociedad"), QStringLiteral("anonima")},
                                      {QStringLiteral("sociedad"), QStringLiteral("limitada")},
                                      {QStringLiteral("ltd")},
                                      {QStringLiteral("limited")},
                                      {QStringLiteral("inc")},
                                      {QStringLiteral("incorporated")},
                                      {QStringLiteral("corp")},
                                      {QStringLiteral("corporation")},
                                      {QStringLiteral("llc")},
                                      {QStringLiteral("plc")},
                                      {QStringLiteral("gmbh")},
                                      {QStringLiteral("ag")},
                                      {QStringLiteral("co")},
                                      {QStringLiteral("company")},
                                      {QStringLiteral("sa")},
                                      {QStringLiteral("sl")},
                                      {QStringLiteral("slu")},
                                      {QStringLiteral("srl")},
                                      {QStringLiteral("sas")},
                                      {QStringLiteral("sau")},
                                      {QStringLiteral("ltda")},
                                      {QStringLiteral("cia")},
                                      {QStringLiteral("cv")},
                                      {QStringLiteral("bv")},
                                      {QStringLiteral("nv")},
                                      {QStringLiteral("spa")}};
    return s;
}

QStringList joinSingleLetters(const QStringList &tokens)
{
    QStringList out;
    QString run;
    for (const QString &t : tokens) {
        if (t.size() == 1 && t.at(0).isLetter() && !isCjk(t.at(0))) {
            run += t;
            continue;
        }
        if (!run.isEmpty()) {
            out << run;
            run.clear();
        }
        out << t;
    }
    if (!run.isEmpty())
        out << run;
    return out;
}

} // namespace

QString name(const QString &s)
{
    QString t = text(s);
    // "(上海)" style qualifiers stay; only trailing legal forms go.
    QStringList tokens = joinSingleLetters(t.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    bool changed = true;
    while (changed && tokens.size() > 1) {
        changed = false;
        for (const QStringList &suffix : latinSuffixes()) {
            const qsizetype n = suffix.size();
            if (tokens.size() > n && std::equal(suffix.cbegin(), suffix.cend(), tokens.cend() - n)) {
                tokens.resize(tokens.size() - n);
                changed = true;
                break;
            }
        }
    }
    QString joined = tokens.join(QString());
    changed = true;
    while (changed) {
        changed = false;
        for (const QString &suffix : cjkSuffixes()) {
            if (joined.size() > suffix.size() && joined.endsWith(suffix)) {
                joined.chop(suffix.size());
                changed = true;
                break;
            }
        }
    }
    return joined;
}

QString phone(const QString &s)
{
    QString d;
    for (QChar c : s.normalized(QString::NormalizationForm_KC))
        if (c.isDigit() && c.unicode() < 128)
            d += c;
    const bool international = s.trimmed().startsWith(QLatin1Char('+')) || d.startsWith(QLatin1String("00"));
    if (d.startsWith(QLatin1String("00")))
        d = d.mid(2);
    if (international || d.size() > 11) {
        if (d.startsWith(QLatin1String("86")) && d.size() >= 12)
            d = d.mid(2);
        else if (d.startsWith(QLatin1String("34")) && d.size() == 11)
            d = d.mid(2);
        else if (d.startsWith(QLatin1String("1")) && d.size() == 11)
            d = d.mid(1);
    }
    return d;
}

QString email(const QString &s)
{
    return s.trimmed().toLower();
}

QString taxId(const QString &s)
{
    QString out;
    for (QChar c : s.normalized(QString::NormalizationForm_KC))
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

namespace {
// The end of the code point that starts at `i` (a surrogate pair is one).
qsizetype nextCodePoint(QStringView s, qsizetype i)
{
    return i + (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate() ? 2 : 1);
}
} // namespace

QString shortIndexText(const QString &normalizedText)
{
    QStringList out;
    QSet<QStringView> seen;
    auto add = [&](QStringView t) {
        if (!seen.contains(t)) {
            seen.insert(t);
            out << t.toString();
        }
    };
    const QStringView text(normalizedText);
    // A word is cut into runs of CJK characters and runs of anything else.
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char(' ')) {
            ++i;
            continue;
        }
        const bool cjk = isCjk(text.at(i));
        qsizetype end = i;
        while (end < text.size() && text.at(end) != QLatin1Char(' ') && isCjk(text.at(end)) == cjk)
            ++end;
        const QStringView run = text.sliced(i, end - i);
        if (cjk) {
            for (qsizetype k = 0; k < run.size(); ++k) {
                add(run.sliced(k, 1));
                if (k + 1 < run.size())
                    add(run.sliced(k, 2));
            }
        } else if (!std::all_of(run.cbegin(), run.cend(), [](QChar c) { return c.isDigit(); })) {
            // Digits are found through the trigram index only (phones, codes).
            const qsizetype one = nextCodePoint(run, 0);
            add(run.first(one));
            if (one < run.size())
                add(run.first(nextCodePoint(run, one)));
        }
        i = end;
    }
    return out.join(QLatin1Char(' '));
}

} // namespace Crm::Normalizer
