// Fuzz target: the CSV reader (encoding detection, separators, quoting).
// Any input either reads into a table or is refused with Crm::Error.

#include "db/error.h"
#include "import/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        const Crm::ImportTable table = Crm::CsvReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
        for (qsizetype r = 0; r < table.size(); ++r)
            for (qsizetype c = 0; c < table.header.size(); ++c)
                (void)table.cell(r, c);
    } catch (const Crm::Error &) {
        // Refused with a message: what the reader should do with bad input.
    }
    return 0;
}
