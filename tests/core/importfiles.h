#pragma once

// Files to import, written by the tests: CSV bytes as spreadsheets save them and
// hand-made .xlsx packages (the parts given, zipped with libzip).

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringEncoder>
#include <catch2/catch.hpp>
#include <zip.h>

namespace Crm::Test {

inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    return path;
}

inline QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

inline QByteArray utf8Bom(const QString &text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

// A zip of `parts` (name → content) at `path`.
inline QString writeZip(const QString &path, const QMap<QString, QByteArray> &parts)
{
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(z);
    QList<QByteArray> keep; // the buffers must live until zip_close
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        keep << it.value();
        zip_source_t *src = zip_source_buffer(z, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        REQUIRE(src);
        REQUIRE(zip_file_add(z, it.key().toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(z) == 0);
    return path;
}

// A minimal workbook whose first sheet is `sheetXml` (the <sheetData> content),
// with `sharedStrings` (<si> elements) and `cellXfs` (<xf> elements) given.
inline QString writeXlsx(const QString &path, const QByteArray &sheetData, const QByteArray &sharedStrings = {},
                         const QByteArray &cellXfs = "<xf numFmtId=\"0\"/>", const QByteArray &numFmts = {},
                         bool date1904 = false)
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rel = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    QMap<QString, QByteArray> parts;
    parts.insert(QStringLiteral("[Content_Types].xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    parts.insert(QStringLiteral("xl/workbook.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + ns + " " + rel + ">" +
                     (date1904 ? QByteArray("<workbookPr date1904=\"1\"/>") : QByteArray()) +
                     "<sheets><sheet name=\"Customers\" sheetId=\"7\" r:id=\"rId3\"/>"
                     "<sheet name=\"Other\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                 "<Relationship Id=\"rId3\" Type=\"worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                 "</Relationships>");
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"),
                 "<?xml version=\"1.0\"?><worksheet " + ns +
                     "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong sheet</t></is></c></row>"
                     "</sheetData></worksheet>");
    parts.insert(QStringLiteral("xl/worksheets/sheet2.xml"),
                 "<?xml version=\"1.0\"?><worksheet " + ns + "><sheetData>" + sheetData + "</sheetData></worksheet>");
    if (!sharedStrings.isEmpty())
        parts.insert(QStringLiteral("xl/sharedStrings.xml"),
                     "<?xml version=\"1.0\"?><sst " + ns + ">" + sharedStrings + "</sst>");
    parts.insert(QStringLiteral("xl/styles.xml"),
                 "<?xml version=\"1.0\"?><styleSheet " + ns + ">" +
                     (numFmts.isEmpty() ? QByteArray() : "<numFmts>" + numFmts + "</numFmts>") + "<cellXfs>" + cellXfs +
                     "</cellXfs></styleSheet>");
    return writeZip(path, parts);
}

} // namespace Crm::Test
