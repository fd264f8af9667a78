#include "import/csvreader.h"

#include "db/error.h"

#include <QStringDecoder>
#include <optional>

namespace Crm {

namespace {

bool blank(const QStringList &fields)
{
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

// Splits `text` into records and calls `onRecord(fields, line)` for each, where
// `line` is the line the record starts on; `onRecord` returns false to stop.
// Returns the line of a quoted field that is never closed, or 0.
template <typename F> int split(const QString &text, QChar sep, F &&onRecord)
{
    QStringList fields;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool quoted = false; // the current field started with a quote
    const QChar *d = text.constData();
    const qsizetype n = text.size();
    // Characters are copied a run at a time: d[run, i) is not in `field` yet.
    qsizetype run = 0;
    auto take = [&](qsizetype end) {
        if (end <= run)
            return;
        if (field.isEmpty())
            field = QString(d + run, end - run);
        else
            field.append(d + run, end - run);
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = d[i];
        if (inQuotes) {
            if (c == u'"') {
                take(i);
                if (i + 1 < n && d[i + 1] == u'"') {
                    ++i;
                    run = i; // "" is one quote: the second one starts the next run
                } else {
                    inQuotes = false;
                    run = i + 1;
                }
            } else if (c == u'\r' || c == u'\n') {
                // Line breaks inside a value are kept as "\n", whatever the file used.
                take(i);
                if (c == u'\r' && i + 1 < n && d[i + 1] == u'\n')
                    ++i;
                field += u'\n';
                ++line;
                run = i + 1;
            }
            continue;
        }
        if (c == u'"' && run == i && field.isEmpty() && !quoted) {
            inQuotes = true;
            quoted = true;
            quoteLine = line;
            run = i + 1;
        } else if (c == sep) {
            take(i);
            fields << field;
            field = QString();
            quoted = false;
            run = i + 1;
        } else if (c == u'\r' || c == u'\n') {
            take(i);
            if (c == u'\r' && i + 1 < n && d[i + 1] == u'\n')
                ++i;
            fields << field;
            field = QString();
            quoted = false;
            if (!onRecord(fields, recordLine))
                return 0;
            const qsizetype count = fields.size();
            fields = QStringList();
            fields.reserve(count);
            recordLine = ++line;
            run = i + 1;
        }
    }
    if (inQuotes)
        return quoteLine;
    take(n);
    if (!field.isEmpty() || !fields.isEmpty() || quoted) {
        fields << field;
        onRecord(fields, recordLine);
    }
    return 0;
}

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

} // namespace

qsizetype CsvReader::invalidUtf8At(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((b[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values beyond U+10FFFF.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

bool CsvReader::looksLikeGb18030(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype pairs = 0;
    qsizetype highTrail = 0;
    for (qsizetype i = 0; i < n;) {
        const uchar c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xFF || i + 1 >= n)
            return false;
        const uchar t = b[i + 1];
        if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= n || b[i + 2] < 0x81 || b[i + 2] > 0xFE || b[i + 3] < 0x30 || b[i + 3] > 0x39)
                return false;
            i += 4;
            continue;
        }
        if (t < 0x40 || t == 0x7F || t == 0xFF)
            return false;
        ++pairs;
        highTrail += t >= 0x80 ? 1 : 0;
        i += 2;
    }
    // Chinese text is mostly in the GB2312 range, where both bytes are high;
    // Latin-1 letters misread as GB18030 are followed by plain ASCII.
    return pairs > 0 && highTrail * 2 >= pairs;
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8Bom:
        return tr("UTF-8 with BOM");
    case Encoding::Utf16:
        return tr("UTF-16");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case Encoding::Utf8:
        break;
    }
    return QStringLiteral("UTF-8");
}

namespace {
// UTF-16 without a BOM, as some programs save it: the ASCII characters every
// CSV has (separators, line ends, digits) each carry one zero byte, always
// in the same half of their pair — the second in little-endian, the first in
// big-endian; a character of another script has one there only now and then
// (U+4E00 is 00 4E).
std::optional<QStringConverter::Encoding> utf16WithoutBom(QByteArrayView head)
{
    if (head.size() < 4)
        return std::nullopt;
    qsizetype zeroFirst = 0;
    qsizetype zeroSecond = 0;
    const qsizetype pairs = head.size() / 2;
    for (qsizetype i = 0; i < pairs; ++i) {
        const bool first = head.at(2 * i) == 0;
        const bool second = head.at(2 * i + 1) == 0;
        if (first && second)
            return std::nullopt; // a NUL character: not text
        zeroFirst += first;
        zeroSecond += second;
    }
    if (zeroSecond * 8 >= pairs && zeroFirst * 16 < zeroSecond)
        return QStringConverter::Utf16LE;
    if (zeroFirst * 8 >= pairs && zeroSecond * 16 < zeroFirst)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}
} // namespace

QString CsvReader::decode(const QByteArray &bytes, Encoding *detected)
{
    auto setDetected = [detected](Encoding e) {
        if (detected)
            *detected = e;
    };
    const bool bomLe = bytes.startsWith("\xFF\xFE");
    const std::optional<QStringConverter::Encoding> utf16 =
        bomLe || bytes.startsWith("\xFE\xFF")
            ? std::optional(bomLe ? QStringConverter::Utf16LE : QStringConverter::Utf16BE)
            : utf16WithoutBom(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 65536)));
    if (utf16) {
        setDetected(Encoding::Utf16);
        QStringDecoder decoder(*utf16);
        const bool bom = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
        const QString text = decoder.decode(bom ? bytes.mid(2) : bytes);
        if (decoder.hasError())
            throw Error(tr("The file starts like UTF-16 text but is not: it may be damaged."));
        return text;
    }
    // Text never holds NUL bytes or many other control characters.
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 65536));
    qsizetype controls = 0;
    for (const char ch : head) {
        const auto c = uchar(ch);
        if (c == 0)
            throw Error(tr("This is not a CSV text file or an .xlsx workbook: it holds binary data."));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A)
            ++controls;
    }
    if (controls * 100 > head.size())
        throw Error(tr("This is not a CSV text file or an .xlsx workbook: it holds binary data."));

    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(bytes).sliced(bom ? 3 : 0);
    // Decoded once: only text that is not UTF-8 is looked at again.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        setDetected(bom ? Encoding::Utf8Bom : Encoding::Utf8);
        return text;
    }
    text.clear();
    const QByteArray bodyBytes = body.toByteArray();
    const qsizetype bad = invalidUtf8At(bodyBytes);
    if (bad < 0) {
        setDetected(bom ? Encoding::Utf8Bom : Encoding::Utf8);
        return QString::fromUtf8(bodyBytes);
    }
    if (!bom && looksLikeGb18030(bodyBytes)) {
        QStringDecoder decoder("GB18030");
        if (!decoder.isValid())
            throw Error(tr("This system cannot read the GB18030 encoding; save the file as CSV UTF-8."));
        setDetected(Encoding::Gb18030);
        return decoder.decode(body);
    }
    throw Error(tr("The file is neither UTF-8 nor GB18030 text: line %1 holds characters in another encoding. "
                   "Save it from the spreadsheet as \"CSV UTF-8\" and import it again.")
                    .arg(lineAt(bodyBytes, bad)));
}

QChar CsvReader::detectSeparator(const QString &text)
{
    QChar best = u',';
    int bestScore = -1;
    int bestColumns = 1;
    for (const QChar sep : {u',', u';', u'\t'}) {
        int columns = 0;
        int consistent = 0;
        int records = 0;
        split(text, sep, [&](const QStringList &fields, int) {
            if (blank(fields))
                return true;
            if (columns == 0)
                columns = int(fields.size());
            else if (fields.size() == columns)
                ++consistent;
            return ++records < 30;
        });
        if (columns < 2)
            continue;
        if (consistent > bestScore || (consistent == bestScore && columns > bestColumns)) {
            best = sep;
            bestScore = consistent;
            bestColumns = columns;
        }
    }
    return best;
}

ImportTable CsvReader::parse(const QString &text, QChar separator)
{
    ImportTable t;
    const int unclosed = split(text, separator, [&](const QStringList &fields, int line) {
        if (blank(fields))
            return true;
        if (t.header.isEmpty()) {
            t.header = fields;
            for (QString &h : t.header)
                h = h.trimmed();
        } else {
            t.rows.append(fields);
            t.lines.append(line);
        }
        return true;
    });
    if (unclosed > 0)
        throw Error(tr("The quoted value that starts on line %1 is never closed (a closing \" is missing); "
                       "the file may be cut short.")
                        .arg(unclosed));
    return t;
}

ImportTable CsvReader::read(const QByteArray &bytes)
{
    Encoding encoding = Encoding::Utf8;
    const QString text = decode(bytes, &encoding);
    const QChar sep = detectSeparator(text);
    ImportTable t = parse(text, sep);
    t.format = tr("CSV, %1, separator %2")
                   .arg(encodingName(encoding), sep == u'\t' ? tr("tab") : QStringLiteral("\"%1\"").arg(sep));
    return t;
}

} // namespace Crm
