#pragma once

// Exported files read back by readers that are not ours, as a spreadsheet would:
// CSV through Python's csv module (RFC 4180), .xlsx through openpyxl (Debian's
// python3-openpyxl).

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <catch2/catch.hpp>

namespace Crm::Test {

// Debian's interpreter, where python3-openpyxl is installed (a python3 earlier
// on PATH, e.g. from pyenv, may lack it).
inline QString python()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

inline QByteArray runPython(const QString &script, const QStringList &args)
{
    QProcess p;
    p.start(python(), QStringList{QStringLiteral("-c"), script} + args);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

// Rows of a CSV file as Python's csv module reads it (utf-8-sig strips the BOM).
inline QList<QStringList> readCsvFile(const QString &path, QChar separator,
                                      const QString &encoding = QStringLiteral("utf-8-sig"))
{
    const QByteArray json =
        runPython(QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], newline='', encoding=sys.argv[3]) as f:\n"
                                 "    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))\n"),
                  {path, QString(separator), encoding});
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(json).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

// One cell of an .xlsx as openpyxl reads it: its type ('s' text, 'n' number, 'd'
// date, 'f' formula, 'e' empty), its value as text (dates yyyy-mm-dd, numbers
// in Python's repr) and its number format. Text is decoded as Excel and
// LibreOffice read it: openpyxl leaves the _xHHHH_ escapes of inline text as
// they are, so its own unescape() decodes them here.
struct XlsxCell
{
    QString type;
    QString value;
    QString format;
    double number = 0;
};

struct XlsxSheet
{
    QString title;
    QString freeze; // "A2": the header row is frozen
    bool boldHeader = false;
    QList<double> widths; // of the columns that have one
    QList<QList<XlsxCell>> rows;
};

inline QList<XlsxSheet> readXlsxFile(const QString &path)
{
    const QByteArray json = runPython(
        QStringLiteral("import json, sys, datetime, openpyxl\n"
                       "from openpyxl.utils.escape import unescape\n"
                       "wb = openpyxl.load_workbook(sys.argv[1])\n"
                       "out = []\n"
                       "for ws in wb.worksheets:\n"
                       "    rows = []\n"
                       "    for row in ws.iter_rows():\n"
                       "        cells = []\n"
                       "        for c in row:\n"
                       "            v = c.value\n"
                       "            if v is None: t, s, n = 'e', '', 0\n"
                       "            elif c.data_type == 'f': t, s, n = 'f', str(v), 0\n"
                       "            elif isinstance(v, datetime.datetime): t, s, n = 'd', v.date().isoformat(), 0\n"
                       "            elif isinstance(v, (int, float)): t, s, n = 'n', repr(v), float(v)\n"
                       "            else: t, s, n = 's', unescape(v), 0\n"
                       "            cells.append({'t': t, 'v': s, 'n': n, 'f': c.number_format})\n"
                       "        rows.append(cells)\n"
                       "    bold = all(c.font.b for c in ws[1] if c.value is not None) if ws.max_row >= 1 else False\n"
                       "    widths = [ws.column_dimensions[k].width for k in sorted(ws.column_dimensions)]\n"
                       "    out.append({'title': ws.title, 'freeze': ws.freeze_panes or '', 'bold': bold,\n"
                       "                'widths': widths, 'rows': rows})\n"
                       "print(json.dumps(out))\n"),
        {path});
    QList<XlsxSheet> sheets;
    for (const QJsonValue &s : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = s.toObject();
        XlsxSheet sheet;
        sheet.title = o.value(QStringLiteral("title")).toString();
        sheet.freeze = o.value(QStringLiteral("freeze")).toString();
        sheet.boldHeader = o.value(QStringLiteral("bold")).toBool();
        for (const QJsonValue &w : o.value(QStringLiteral("widths")).toArray())
            sheet.widths << w.toDouble();
        for (const QJsonValue &r : o.value(QStringLiteral("rows")).toArray()) {
            QList<XlsxCell> cells;
            for (const QJsonValue &c : r.toArray()) {
                const QJsonObject co = c.toObject();
                cells << XlsxCell{co.value(QStringLiteral("t")).toString(), co.value(QStringLiteral("v")).toString(),
                                  co.value(QStringLiteral("f")).toString(), co.value(QStringLiteral("n")).toDouble()};
            }
            sheet.rows << cells;
        }
        sheets << sheet;
    }
    return sheets;
}

} // namespace Crm::Test
