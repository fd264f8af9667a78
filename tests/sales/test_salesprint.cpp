#include "pdftext.h"
#include "testdb.h"

#include "model/salesdocumentrepository.h"
#include "model/salesprintdata.h"
#include "model/settings.h"
#include "print/printdocument.h"
#include "print/printrenderer.h"
#include "print/printtemplate.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace Crm;
using namespace Crm::Sales;
using namespace Crm::Test;

namespace {
struct PrintFixture
{
    TestDatabase testDatabase{{QStringLiteral("core"), QStringLiteral("sales")}};
    const Database &db = testDatabase.db();
    QTemporaryDir dir;

    PrintFixture()
    {
        qputenv("CRM_PRINT_TEMPLATES", CRM_SOURCE_PRINT_TEMPLATES);
        initializeCompany(db);
        Settings(db).setValue(QStringLiteral("company.name"), QStringLiteral("恒通贸易有限公司"));
        Settings(db).setValue(QStringLiteral("company.address"), QStringLiteral("Calle Mayor 1, Madrid"));
    }

    QString quotation(int lines)
    {
        const Party customer = makeCustomer(db, QStringLiteral("Distribuciones García S.L."));
        const Product bolt = makeProduct(db, QStringLiteral("不锈钢螺栓 M8×30"), 380);
        SalesDocument d;
        d.customerId = customer.id;
        d.date = QDate(2026, 11, 2);
        d.validUntil = QDate(2026, 12, 2);
        d.currency = QStringLiteral("CNY");
        for (int i = 0; i < lines; ++i)
            d.lines << SalesLine{0,
                                 bolt.id,
                                 i % 2 ? QStringLiteral("Válvula de bola Ñ-%1").arg(i + 1) : QString(),
                                 Quantity::fromUnits(10),
                                 0,
                                 380,
                                 Rate(),
                                 Rate::fromPercent(13)};
        SalesDocumentRepository(db, kActor).save(d);
        return d.number;
    }

    QStringList print(const QString &number, const QStringList &marks)
    {
        PrintOptions options;
        options.copyMarks = marks;
        const QString html =
            PrintTemplate::render(TemplateStore::load(QStringLiteral("sales"), QStringLiteral("quotation")),
                                  SalesPrintData::context(db, number));
        const QString pdf = dir.filePath(number + QStringLiteral(".pdf"));
        PrintRenderer::toPdf({html}, pdf, options);
        if (const QString keep = qEnvironmentVariable("CRM_SCREENSHOT_DIR"); !keep.isEmpty())
            QFile::copy(pdf, keep + QStringLiteral("/") + number + QStringLiteral(".pdf"));
        return pdfPages(pdf);
    }
};
} // namespace

TEST_CASE_METHOD(PrintFixture, "A quotation prints its lines, totals and marks", "[sales][print]")
{
    const QString number = quotation(10);
    const QStringList pages = print(number, {QStringLiteral("Customer copy"), QStringLiteral("File copy")});
    REQUIRE(pages.size() == 2);
    const QString first = pages.first();
    CHECK(first.contains(QStringLiteral("恒通贸易有限公司")));
    CHECK(first.contains(number));
    CHECK(first.contains(QStringLiteral("Distribuciones García S.L.")));
    CHECK(first.contains(QStringLiteral("不锈钢螺栓 M8×30")));
    CHECK(first.contains(QStringLiteral("Válvula de bola Ñ-10")));
    CHECK(first.contains(QStringLiteral("380.00"))); // ten lines of 10 × 3.80 = 380.00 net
    CHECK(first.contains(QStringLiteral("49.40")));  // 13% tax, rounded per line: 10 × 4.94
    CHECK(first.contains(QStringLiteral("429.40"))); // total
    CHECK(first.contains(QStringLiteral("Page 1 of 1")));
    CHECK(first.contains(QStringLiteral("Customer copy")));
    CHECK(pages.at(1).contains(QStringLiteral("File copy")));
}

TEST_CASE_METHOD(PrintFixture, "A 200-line quotation runs over several pages, each with the table header",
                 "[sales][print]")
{
    const QString number = quotation(200);
    const QStringList pages = print(number, {});
    REQUIRE(pages.size() > 2);
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages.at(i).contains(QStringLiteral("Unit price")));
        CHECK(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    }
    CHECK(pages.last().contains(QStringLiteral("8,588.00"))); // 200 × 38.00 + 13% per line
}
