// Fuzz target: the print-template renderer (mustache over HTML). The input is
// the template; the context has text, numbers, booleans, a map and a list, as
// a document's print data does. Any template renders or is refused with
// TemplateError.

#include "print/printtemplate.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QVariantMap context = [] {
        QVariantMap company{{QStringLiteral("name"), QStringLiteral("示例贸易有限公司 <Demo & Co>")},
                            {QStringLiteral("address"), QStringLiteral("上海市浦东新区张江路 88 号")}};
        QVariantList lines;
        for (int i = 0; i < 3; ++i)
            lines << QVariantMap{{QStringLiteral("no"), i + 1},
                                 {QStringLiteral("product"), QStringLiteral("Válvula \"Ñ\" %1").arg(i)},
                                 {QStringLiteral("discounted"), i % 2 == 0},
                                 {QStringLiteral("amount"), QStringLiteral("1,234.50")}};
        return QVariantMap{{QStringLiteral("company"), company},
                           {QStringLiteral("lines"), lines},
                           {QStringLiteral("number"), QStringLiteral("QT-A-000001")},
                           {QStringLiteral("draft"), true},
                           {QStringLiteral("empty"), QString()},
                           {QStringLiteral("none"), QVariantList()}};
    }();
    try {
        (void)Crm::PrintTemplate::render(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)),
                                         context);
    } catch (const Crm::Error &) {
        // TemplateError: refused with its line and reason.
    }
    return 0;
}
