#include "normalizer.h"

#include <QVarLengthArray>
#include <algorithm>

namespace Crm::Normalizer {

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3040 && u <= 0x30FF) ||
           (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF);
}

namespace {
// Whether NFKC and case folding would change `s` only by lowering its ASCII
// letters: it holds only ASCII and CJK ideographs of the basic plane, which
// have no compatibility forms, no case and compose with nothing. Most names,
// phones and e-mails are such text, and normalising them was most of the
// time an import spent preparing its rows.
bool isPlain(QStringView s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && !(u >= 0x4E00 && u <= 0x9FFF) && !(u >= 0x3400 && u <= 0x4DBF))
            return false;
    }
    return true;
}

bool isAsciiLetterOrDigit(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}
} // namespace

QString text(const QString &s)
{
    const bool plain = isPlain(s);
    const QString folded = plain ? s : s.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool space = true;
    for (const QChar c : folded) {
        const char16_t u = c.unicode();
        const bool kept = plain ? (u < 0x80 ? isAsciiLetterOrDigit(u) : c.isLetterOrNumber())
                                : (c.isLetterOrNumber() || c.isMark() || c.isSurrogate());
        if (kept) {
            out += plain && u >= u'A' && u <= u'Z' ? QChar(u + (u'a' - u'A')) : c;
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
    for (QChar c : isPlain(s) ? s : s.normalized(QString::NormalizationForm_KC))
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
    for (QChar c : isPlain(s) ? s : s.normalized(QString::NormalizationForm_KC))
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
    // A token is one or two code points, at most four UTF-16 units: packed into
    // one integer, it is compared at once with those already written.
    QString out;
    out.reserve(normalizedText.size() * 2);
    QVarLengthArray<quint64, 64> seen;
    auto add = [&](QStringView t) {
        quint64 key = 0;
        for (const QChar c : t)
            key = (key << 16) | c.unicode();
        if (std::find(seen.cbegin(), seen.cend(), key) != seen.cend())
            return;
        seen.append(key);
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += t;
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
    return out;
}

} // namespace Crm::Normalizer
