#include "import/xlsxreader.h"

#include "db/error.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <cmath>
#include <zip.h>

namespace Crm {

namespace {

const QString kRelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
// A worksheet's XML beyond this is refused rather than unpacked (a "zip bomb").
constexpr zip_uint64_t kMaxPartSize = zip_uint64_t(1) << 30;

// An open .xlsx package; parts are read whole.
class Package
{
public:
    explicit Package(const QString &path)
    {
        int error = 0;
        m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
        if (!m_zip)
            throw Error(QCoreApplication::translate(
                            "Crm::XlsxReader", "%1 is not an .xlsx workbook that can be read: it may be damaged or "
                                               "in another format.")
                            .arg(QFileInfo(path).fileName()));
    }
    ~Package() { zip_discard(m_zip); }
    Package(const Package &) = delete;
    Package &operator=(const Package &) = delete;

    bool has(const QString &name) const { return zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0; }

    QByteArray part(const QString &name) const
    {
        const QByteArray n = name.toUtf8();
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip, n.constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
            throw Error(
                QCoreApplication::translate("Crm::XlsxReader", "The workbook has no part %1: it may be damaged.")
                    .arg(name));
        if (st.size > kMaxPartSize)
            throw Error(QCoreApplication::translate("Crm::XlsxReader",
                                                    "The worksheet is too large to import (over 1 GB of data)."));
        zip_file_t *f = zip_fopen(m_zip, n.constData(), 0);
        if (!f)
            throw Error(QCoreApplication::translate("Crm::XlsxReader",
                                                    "The workbook part %1 cannot be read: it may be damaged.")
                            .arg(name));
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        if (got < 0 || zip_uint64_t(got) != st.size)
            throw Error(QCoreApplication::translate("Crm::XlsxReader",
                                                    "The workbook part %1 cannot be read: it may be damaged.")
                            .arg(name));
        return data;
    }

private:
    zip_t *m_zip = nullptr;
};

// The letters of a number format that say what it shows: quoted text, escaped
// characters and [colour] / [$-locale] parts are left out; [h] [mm] [ss]
// (elapsed time) stay.
QString formatLetters(const QString &code)
{
    QString plain;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            const QString inner = code.mid(i + 1, close - i - 1).toLower();
            if (!inner.isEmpty() && (inner.at(0) == u'h' || inner.at(0) == u'm' || inner.at(0) == u's'))
                plain += inner;
            i = close < 0 ? code.size() : close;
        } else {
            plain += c.toLower();
        }
    }
    return plain;
}

void throwIfBad(const QXmlStreamReader &xml, const QString &part)
{
    if (xml.hasError())
        throw Error(QCoreApplication::translate(
                        "Crm::XlsxReader", "The workbook part %1 is not valid XML (%2, line %3): it may be damaged.")
                        .arg(part, xml.errorString())
                        .arg(xml.lineNumber()));
}

// The text of an <si> or <is> element: its <t>, or its runs' <t>, without the
// phonetic guide (<rPh>).
QString richText(QXmlStreamReader &xml)
{
    const QStringView end = xml.name();
    const QString endName = end.toString();
    QString text;
    int phonetic = 0;
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

QStringList sharedStrings(const Package &zip)
{
    const QString name = QStringLiteral("xl/sharedStrings.xml");
    QStringList out;
    if (!zip.has(name))
        return out;
    QXmlStreamReader xml(zip.part(name));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            out << richText(xml);
    }
    throwIfBad(xml, name);
    return out;
}

// Per cell style index: whether the style shows a date, and whether a time.
struct Styles
{
    QList<bool> date;
    QList<bool> time;
};

Styles styles(const Package &zip)
{
    const QString name = QStringLiteral("xl/styles.xml");
    Styles s;
    if (!zip.has(name))
        return s;
    QHash<int, QString> custom;
    QXmlStreamReader xml(zip.part(name));
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt") {
                custom.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                              xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                const QString code = custom.value(id);
                s.date << XlsxReader::isDateFormat(id < 164 ? id : -1, code);
                const QString letters = id < 164 ? QString() : formatLetters(code);
                s.time << ((id >= 18 && id <= 22) || (id >= 45 && id <= 47) || letters.contains(u'h') ||
                           letters.contains(u's'));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    throwIfBad(xml, name);
    return s;
}

struct Workbook
{
    QString sheetPart;
    bool date1904 = false;
};

Workbook workbook(const Package &zip)
{
    const QString name = QStringLiteral("xl/workbook.xml");
    if (!zip.has(name))
        throw Error(QCoreApplication::translate(
            "Crm::XlsxReader", "This .zip file is not an Excel workbook (it has no xl/workbook.xml)."));
    Workbook w;
    QString relId;
    QXmlStreamReader xml(zip.part(name));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView v = xml.attributes().value(QLatin1String("date1904"));
            w.date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet" && relId.isEmpty()) {
            relId = xml.attributes().value(kRelNs, QLatin1String("id")).toString();
        }
    }
    throwIfBad(xml, name);
    if (relId.isEmpty())
        throw Error(QCoreApplication::translate("Crm::XlsxReader", "The workbook has no worksheet."));
    const QString rels = QStringLiteral("xl/_rels/workbook.xml.rels");
    QXmlStreamReader r(zip.part(rels));
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"Relationship" &&
            r.attributes().value(QLatin1String("Id")) == relId) {
            const QString target = r.attributes().value(QLatin1String("Target")).toString();
            w.sheetPart = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    }
    throwIfBad(r, rels);
    if (w.sheetPart.isEmpty())
        throw Error(QCoreApplication::translate("Crm::XlsxReader",
                                                "The workbook's first worksheet cannot be found: it may be damaged."));
    return w;
}

QString dateText(double serial, bool date1904, bool withTime, bool timeOnly)
{
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    const qint64 days = qint64(std::floor(serial));
    const qint64 ms = qint64(std::llround((serial - double(days)) * 86400000.0));
    const QDateTime t = QDateTime(epoch.addDays(days), QTime(0, 0), Qt::UTC).addMSecs(ms);
    if (timeOnly)
        return t.time().toString(QStringLiteral("HH:mm:ss"));
    if (withTime && t.time() != QTime(0, 0))
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return t.date().toString(Qt::ISODate);
}

} // namespace

bool XlsxReader::isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty() || code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
        return false;
    for (const QChar c : formatLetters(code))
        if (c == u'y' || c == u'd' || c == u'm' || c == u'h' || c == u's')
            return true;
    return false;
}

int XlsxReader::columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c >= u'A' && c <= u'Z') {
            column = column * 26 + (c.unicode() - 'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters == 0 || letters > 3 ? -1 : column - 1;
}

QString XlsxReader::numberText(const QString &value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return value;
    // Excel keeps 15 significant digits; more are float noise. The exponent
    // form is written out in full ("1.5e+18" → "1500000000000000000").
    const QString g = QString::number(d, 'g', 15);
    const qsizetype e = g.indexOf(u'e');
    if (e < 0)
        return g;
    QString mantissa = g.left(e);
    const int exponent = g.mid(e + 1).toInt();
    const bool negative = mantissa.startsWith(u'-');
    if (negative)
        mantissa.remove(0, 1);
    qsizetype point = mantissa.indexOf(u'.');
    if (point < 0)
        point = mantissa.size();
    QString digits = mantissa;
    digits.remove(u'.');
    const qsizetype shifted = point + exponent;
    QString out;
    if (shifted <= 0)
        out = QStringLiteral("0.") + QString(-shifted, u'0') + digits;
    else if (shifted >= digits.size())
        out = digits + QString(shifted - digits.size(), u'0');
    else
        out = digits.left(shifted) + u'.' + digits.mid(shifted);
    if (out.contains(u'.')) {
        while (out.endsWith(u'0'))
            out.chop(1);
        if (out.endsWith(u'.'))
            out.chop(1);
    }
    return negative ? u'-' + out : out;
}

ImportTable XlsxReader::read(const QString &path)
{
    const Package zip(path);
    const Workbook book = workbook(zip);
    const QStringList strings = sharedStrings(zip);
    const Styles style = styles(zip);

    ImportTable t;
    t.format = tr("Excel workbook (.xlsx), first sheet");
    QXmlStreamReader xml(zip.part(book.sheetPart));
    QStringList cells;
    int rowNumber = 0;
    int column = -1;
    QString type;
    int styleIndex = 0;
    QString value;
    bool inSheetData = false;
    auto finishRow = [&] {
        bool empty = true;
        for (const QString &c : std::as_const(cells))
            empty = empty && c.trimmed().isEmpty();
        if (!empty) {
            if (t.header.isEmpty()) {
                t.header = cells;
                for (QString &h : t.header)
                    h = h.trimmed();
            } else {
                t.rows.append(cells);
                t.lines.append(rowNumber);
            }
        }
        cells.clear();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"sheetData") {
                inSheetData = true;
            } else if (!inSheetData) {
                continue;
            } else if (name == u"row") {
                const int r = xml.attributes().value(QLatin1String("r")).toInt();
                rowNumber = r > 0 ? r : rowNumber + 1;
                column = -1;
            } else if (name == u"c") {
                const int c = columnOf(xml.attributes().value(QLatin1String("r")));
                column = c >= 0 ? c : column + 1;
                type = xml.attributes().value(QLatin1String("t")).toString();
                styleIndex = xml.attributes().value(QLatin1String("s")).toInt();
                value.clear();
            } else if (name == u"v") {
                value = xml.readElementText();
            } else if (name == u"is") {
                value = richText(xml);
            }
        } else if (xml.isEndElement() && inSheetData) {
            const QStringView name = xml.name();
            if (name == u"c") {
                QString text;
                if (type == u"s") {
                    text = strings.value(value.toInt());
                } else if (type == u"b") {
                    text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type == u"inlineStr" || type == u"str" || type == u"e" || type == u"d") {
                    text = value;
                } else if (!value.isEmpty()) {
                    bool ok = false;
                    const double serial = value.toDouble(&ok);
                    if (ok && style.date.value(styleIndex)) {
                        const bool time = style.time.value(styleIndex);
                        text = dateText(serial, book.date1904, time, time && serial < 1.0);
                    } else {
                        text = numberText(value);
                    }
                }
                if (column >= 16384)
                    continue;
                if (cells.size() <= column)
                    cells.resize(column + 1);
                cells[column] = text;
            } else if (name == u"row") {
                finishRow();
            } else if (name == u"sheetData") {
                break;
            }
        }
    }
    throwIfBad(xml, book.sheetPart);
    return t;
}

} // namespace Crm
