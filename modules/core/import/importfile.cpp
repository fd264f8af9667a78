#include "import/importfile.h"

#include "db/error.h"
#include "import/csvreader.h"
#include "import/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace Crm {

ImportTable ImportFile::read(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        throw Error(tr("The file %1 does not exist.").arg(path));
    if (info.isDir())
        throw Error(tr("%1 is a folder, not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(8);
    if (head.isEmpty())
        throw Error(tr("The file %1 is empty: there is nothing to import.").arg(name));

    ImportTable t;
    try {
        if (head.startsWith("PK\x03\x04")) {
            file.close();
            t = XlsxReader::read(path);
        } else if (head.startsWith("\xD0\xCF\x11\xE0")) {
            throw Error(tr("This is an old Excel workbook (.xls). Save it as .xlsx or CSV UTF-8 and import that."));
        } else if (info.suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
            throw Error(tr("This file is named .xlsx but is not an Excel workbook: it may be damaged."));
        } else {
            t = CsvReader::read(file.readAll());
        }
    } catch (const Error &e) {
        throw Error(tr("%1: %2").arg(name, e.message()));
    }
    if (t.header.isEmpty())
        throw Error(tr("%1 holds no data: there is nothing to import.").arg(name));
    if (t.rows.isEmpty())
        throw Error(tr("%1 has a header row but no records under it: there is nothing to import.").arg(name));
    return t;
}

} // namespace Crm
