// Fuzz target: the .xlsx reader (zip container, shared strings, sheet XML,
// styles). The input is written to a file, as the reader reads a path.

#include "db/error.h"
#include "import/xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QDir::temp().filePath(QStringLiteral("crm-fuzz-%1.xlsx").arg(QCoreApplication::applicationPid()));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    try {
        const Crm::ImportTable table = Crm::XlsxReader::read(path);
        for (qsizetype r = 0; r < table.size(); ++r)
            for (qsizetype c = 0; c < table.header.size(); ++c)
                (void)table.cell(r, c);
    } catch (const Crm::Error &) {
        // Refused with a message: what the reader should do with bad input.
    }
    QFile::remove(path);
    return 0;
}
