#include "export/xlsxparts.h"

namespace Crm::XlsxParts {

namespace {
const char kXmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char kMainNs[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char kRelNs[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char kPackageRelNs[] = "http://schemas.openxmlformats.org/package/2006/relationships";

constexpr char kHex[] = "0123456789ABCDEF";

void appendEscapedCode(std::string &out, char u)
{
    out += "_x00";
    out += kHex[(u >> 4) & 0xf];
    out += kHex[u & 0xf];
    out += '_';
}

bool isHex(char u)
{
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'F') || (u >= 'a' && u <= 'f');
}

QByteArray xml(QStringView text)
{
    std::string out;
    appendXml(out, text);
    return QByteArray::fromStdString(out);
}
} // namespace

void appendXml(std::string &out, QByteArrayView text)
{
    const qsizetype n = text.size();
    const char *s = text.data();
    qsizetype plain = 0; // bytes not yet copied, from here
    auto copy = [&](qsizetype i) {
        out.append(s + plain, size_t(i - plain));
        plain = i + 1;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const auto u = uchar(s[i]);
        if (u >= 0x20 && u != '&' && u != '<' && u != '>' && u != '"' && u != '_' && u != 0xef)
            continue; // copied as it is, with the run it is in
        copy(i);
        switch (u) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '_':
            // Text such as "_x0041_" would be read back as "A": escape its '_'.
            if (i + 6 < n && s[i + 1] == 'x' && isHex(s[i + 2]) && isHex(s[i + 3]) && isHex(s[i + 4]) &&
                isHex(s[i + 5]) && s[i + 6] == '_')
                out += "_x005F_";
            else
                out += '_';
            break;
        case 0xef:
            // U+FFFE and U+FFFF are no XML characters: U+FFFD for them.
            if (i + 2 < n && uchar(s[i + 1]) == 0xbf && (uchar(s[i + 2]) == 0xbe || uchar(s[i + 2]) == 0xbf)) {
                out += "\xef\xbf\xbd";
                i += 2;
                plain = i + 1;
            } else {
                plain = i; // copied with what follows
            }
            break;
        case '\r':
            if (i + 1 < n && s[i + 1] == '\n')
                plain = i + 1; // the line feed is copied
            else
                out += '\n';
            break;
        case '\n':
        case '\t':
            plain = i;
            break;
        default:
            appendEscapedCode(out, char(u));
        }
    }
    copy(n);
}

void appendXml(std::string &out, QStringView text)
{
    appendXml(out, QByteArrayView(text.toUtf8()));
}

bool needsPreserve(QByteArrayView text)
{
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    return !text.isEmpty() && (blank(text.front()) || blank(text.back()));
}

QByteArray columnName(int column)
{
    QByteArray name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name;
}

QByteArray contentTypes(int sheets)
{
    QByteArray x = kXmlDeclaration;
    x += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/xl/workbook.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
         "<Override PartName=\"/xl/styles.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    for (int i = 1; i <= sheets; ++i)
        x += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(i) +
             ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    x += "</Types>";
    return x;
}

QByteArray rootRelationships()
{
    return QByteArray(kXmlDeclaration) + "<Relationships xmlns=\"" + kPackageRelNs +
           "\"><Relationship Id=\"rId1\" Type=\"" + kRelNs +
           "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
}

QByteArray workbook(const QStringList &sheetNames)
{
    QByteArray x = QByteArray(kXmlDeclaration) + "<workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs +
                   "\"><bookViews><workbookView/></bookViews><sheets>";
    for (qsizetype i = 0; i < sheetNames.size(); ++i)
        x += "<sheet name=\"" + xml(sheetNames.at(i)) + "\" sheetId=\"" + QByteArray::number(i + 1) +
             "\" r:id=\"rId" + QByteArray::number(i + 1) + "\"/>";
    x += "</sheets></workbook>";
    return x;
}

QByteArray workbookRelationships(int sheets)
{
    QByteArray x = QByteArray(kXmlDeclaration) + "<Relationships xmlns=\"" + kPackageRelNs + "\">";
    for (int i = 1; i <= sheets; ++i)
        x += "<Relationship Id=\"rId" + QByteArray::number(i) + "\" Type=\"" + kRelNs +
             "/worksheet\" Target=\"worksheets/sheet" + QByteArray::number(i) + ".xml\"/>";
    x += "<Relationship Id=\"rId" + QByteArray::number(sheets + 1) + "\" Type=\"" + kRelNs +
         "/styles\" Target=\"styles.xml\"/></Relationships>";
    return x;
}

QByteArray styles(const QList<int> &numberDecimals)
{
    // Format ids 164 and up are the file's own: 164 the date, then numbers.
    QByteArray formats = "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>";
    QByteArray xfs = "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                     "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                     "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                     "applyNumberFormat=\"1\"/>";
    int nextFormat = 165;
    for (const int decimals : numberDecimals) {
        int id = decimals == 0 ? 3 : decimals == 2 ? 4 : 0; // Excel's built-in #,##0 and #,##0.00
        if (id == 0) {
            id = nextFormat++;
            formats += "<numFmt numFmtId=\"" + QByteArray::number(id) + "\" formatCode=\"#,##0." +
                       QByteArray(std::clamp(decimals, 1, 15), '0') + "\"/>";
        }
        xfs += "<xf numFmtId=\"" + QByteArray::number(id) +
               "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>";
    }
    const QByteArray font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>";
    return QByteArray(kXmlDeclaration) + "<styleSheet xmlns=\"" + kMainNs + "\"><numFmts count=\"" +
           QByteArray::number(nextFormat - 164) + "\">" + formats + "</numFmts><fonts count=\"2\"><font>" + font +
           "</font><font><b/>" + font +
           "</font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
           "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
           "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
           "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
           "<cellXfs count=\"" +
           QByteArray::number(kFirstNumberStyle + numberDecimals.size()) + "\">" + xfs +
           "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
           "</styleSheet>";
}

QByteArray sheetHead(bool selected, const std::vector<int> &widths)
{
    QByteArray x = QByteArray(kXmlDeclaration) + "<worksheet xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs +
                   "\"><sheetViews><sheetView" + (selected ? " tabSelected=\"1\"" : "") +
                   " workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                   "state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
                   "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!widths.empty()) {
        x += "<cols>";
        for (size_t c = 0; c < widths.size(); ++c)
            x += "<col min=\"" + QByteArray::number(qulonglong(c + 1)) + "\" max=\"" +
                 QByteArray::number(qulonglong(c + 1)) + "\" width=\"" + QByteArray::number(widths[c]) +
                 "\" customWidth=\"1\"/>";
        x += "</cols>";
    }
    x += "<sheetData>";
    return x;
}

QByteArray sheetTail()
{
    return "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
           "footer=\"0.3\"/></worksheet>";
}

} // namespace Crm::XlsxParts
