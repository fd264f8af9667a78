#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <string>
#include <vector>

// The parts of an .xlsx package around its sheets (SpreadsheetML, ECMA-376):
// what XlsxWriter writes before, after and between the rows it streams.
namespace Crm::XlsxParts {

// Cell styles of styles(): the header, dates, then one per number format.
constexpr int kBoldStyle = 1;
constexpr int kDateStyle = 2;
constexpr int kFirstNumberStyle = 3;

// `text` as XML character data or attribute value, UTF-8, appended to `out`:
// & < > " escaped; a CR or CRLF is a line feed (as Excel keeps a line break);
// control characters XML cannot carry, and text that looks like one in
// Excel's escaped form (_x0007_), are written as Excel reads them back.
// `text` is valid UTF-8 (ExportRows).
void appendXml(std::string &out, QByteArrayView text);
void appendXml(std::string &out, QStringView text);

// Whether a text cell needs xml:space="preserve" (leading or trailing blanks).
bool needsPreserve(QByteArrayView text);

// The column letters of a 0-based column: A … Z, AA … XFD.
QByteArray columnName(int column);

QByteArray contentTypes(int sheets);
QByteArray rootRelationships();
QByteArray workbook(const QStringList &sheetNames);
QByteArray workbookRelationships(int sheets);
// Number styles in order from kFirstNumberStyle: the digits each shows after
// the decimal point, with thousands grouping.
QByteArray styles(const QList<int> &numberDecimals);
// A sheet up to its first row: frozen header, columns `widths` characters wide.
QByteArray sheetHead(bool selected, const std::vector<int> &widths);
QByteArray sheetTail();

} // namespace Crm::XlsxParts
