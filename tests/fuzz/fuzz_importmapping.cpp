// Fuzz target: the import mapping. The input's lines are a file's column
// titles, matched to the customer import's fields (ImportMapping::guess),
// then the guess and a mapping read from the same bytes are checked
// (ImportMapping::problems).

#include "import/importmapping.h"
#include "import/partyimportfields.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<Crm::ImportField> fields = Crm::PartyImportFields::fields();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList header = text.split(QLatin1Char('\n'));
    for (const QString &title : header)
        (void)Crm::ImportMapping::headerKey(title);
    const QStringList guessed = Crm::ImportMapping::guess(fields, header);
    (void)Crm::ImportMapping::problems(fields, guessed);
    // The titles themselves taken as field keys: unknown, repeated and empty ones.
    (void)Crm::ImportMapping::problems(fields, header);
    return 0;
}
