#include "pdftext.h"
#include "testdb.h"

#include "model/salesdocumentrepository.h"
#include "model/settings.h"
#include "model/shipmentrepository.h"
#include "model/stockledger.h"
#include "module/registry.h"
#include "print/printjob.h"
#include "print/printsettings.h"
#include "printdocuments.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Crm;
using namespace Crm::Sales;
using namespace Crm::Test;

namespace {
struct Shipped
{
    SalesDocument order;
    Shipment shipment;
};

// A confirmed order of `customer` with `lines`, each product stocked in
// `warehouse` first, shipped whole and posted, as the shipping page does it.
Shipped shipOrder(const Database &db, qint64 customer, qint64 warehouse, const QList<SalesLine> &lines,
                  const QString &tracking = {})
{
    Shipped out;
    out.order.kind = SalesDocument::Kind::Order;
    out.order.customerId = customer;
    out.order.date = QDate(2026, 11, 2);
    out.order.currency = QStringLiteral("CNY");
    out.order.lines = lines;
    Inventory::StockLedger stock;
    QList<StockMove> opening;
    for (const SalesLine &l : lines)
        opening << StockMove{l.productId, warehouse, Quantity::fromUnits(100)};
    stock.post(db, {QStringLiteral("inventory.opening"), QStringLiteral("OB"), Database::newUuid(), QDate(2026, 1, 1)},
               opening);
    const SalesDocumentRepository orders(db, kActor);
    orders.save(out.order);
    orders.setStatus(out.order.id, QStringLiteral("confirmed"));
    const ShipmentRepository shipments(db, kActor, stock);
    out.shipment = shipments.draftFromOrders(Shipment::Kind::Shipment, {out.order.id}, warehouse);
    out.shipment.trackingNumber = tracking;
    shipments.save(out.shipment);
    shipments.post(out.shipment.id);
    return out;
}
} // namespace

TEST_CASE("A shipping order prints on the 241 × 93 mm form: three marked copies, lines, tracking number",
          "[sales][shipping][print]")
{
    qputenv("CRM_PRINT_TEMPLATES", CRM_SOURCE_PRINT_TEMPLATES);
    const TestDatabase testDatabase({QStringLiteral("core"), QStringLiteral("inventory"), QStringLiteral("sales")});
    const Database &db = testDatabase.db();
    initializeCompany(db);
    Settings(db).setValue(QStringLiteral("company.name"), QStringLiteral("恒通贸易有限公司"));
    db.exec(QStringLiteral("INSERT INTO core_warehouse(uuid, code, name, created_at, updated_at) "
                           "VALUES ('w1', 'SH01', '上海总仓', '', '')"));
    const qint64 warehouse = db.scalar(QStringLiteral("SELECT id FROM core_warehouse")).toLongLong();
    const Party customer = makeCustomer(db, QStringLiteral("Distribuciones García S.L."),
                                        [](Party &p) { p.address = QStringLiteral("Calle Mayor 1, Madrid"); });
    QList<SalesLine> lines;
    for (int i = 0; i < 14; ++i) {
        const Product p = makeProduct(db, QStringLiteral("不锈钢螺栓 M%1 Tornillo").arg(i + 4), 380 + i);
        lines << SalesLine{0, p.id, p.name, Quantity::fromUnits(i + 1), 0, 380, Rate(), Rate()};
    }
    const Shipped shipped = shipOrder(db, customer.id, warehouse, lines, QStringLiteral("SF1402233445566"));
    const SalesDocument &order = shipped.order;
    const Shipment &s = shipped.shipment;

    Registry registry;
    setupPrintDocuments(registry);
    const PrintDocumentSpec *spec = registry.printDocument(QStringLiteral("sales.shipping_order"));
    REQUIRE(spec);
    PrintSettings(db, *spec).setPaper(Paper::Continuous241x93);
    const PrintJob job = PrintJob::prepare(db, *spec, s.number);
    REQUIRE(job.options.copyMarks.size() == 3);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("shipping.pdf"));
    const int pages = job.toPdf(pdf);
    if (qEnvironmentVariableIsSet("CRM_SCREENSHOT_DIR")) // to look at it
        QFile::copy(pdf, qEnvironmentVariable("CRM_SCREENSHOT_DIR") + QStringLiteral("/shipping-order.pdf"));
    CHECK(pages >= 2); // 14 lines do not fit on one third of a sheet
    CHECK(sameSize(pdfPageSizeMm(pdf), QSizeF(241, 93)));
    const QStringList text = pdfPages(pdf);
    REQUIRE(text.size() == 3 * pages);
    const QString all = text.join(QLatin1Char('\n'));
    for (const QString &mark : job.options.copyMarks)
        CHECK(all.count(mark) == pages);
    CHECK(all.contains(QStringLiteral("SF1402233445566")));
    CHECK(all.contains(s.number));
    CHECK(all.contains(QStringLiteral("Tornillo")));
    CHECK(all.contains(order.number));
    // Every page of every copy repeats the table header.
    for (const QString &page : text)
        CHECK(page.contains(QStringLiteral("Warehouse")));
    CHECK(text.first().contains(QStringLiteral("Page 1 of %1").arg(pages)));
    // No prices by default.
    CHECK_FALSE(all.contains(QStringLiteral("Unit price")));

    // Prices on the accounting copy only: its pages show unit prices, amounts and
    // the total (105 × 3.80 with no tax); the other copies' pages do not.
    const QString accounting = job.options.copyMarks.at(2);
    CHECK(PrintSettings::copiesFromText(QStringLiteral("3"), 3) == QList<int>{3});
    CHECK_THROWS_AS(PrintSettings::copiesFromText(QStringLiteral("4"), 3), Error);
    CHECK_THROWS_AS(PrintSettings::copiesFromText(QStringLiteral("x"), 3), Error);
    PrintSettings(db, *spec).setPricedCopies({3});
    const PrintJob priced = PrintJob::prepare(db, *spec, s.number);
    const QString pricedPdf = dir.filePath(QStringLiteral("priced.pdf"));
    priced.toPdf(pricedPdf);
    if (qEnvironmentVariableIsSet("CRM_SCREENSHOT_DIR"))
        QFile::copy(pricedPdf, qEnvironmentVariable("CRM_SCREENSHOT_DIR") + QStringLiteral("/shipping-order-priced.pdf"));
    int accountingPages = 0;
    QString accountingText;
    for (const QString &page : pdfPages(pricedPdf)) {
        if (page.contains(accounting)) {
            ++accountingPages;
            accountingText += page;
            CHECK(page.contains(QStringLiteral("Unit price")));
        } else {
            CHECK_FALSE(page.contains(QStringLiteral("Unit price")));
            CHECK_FALSE(page.contains(QStringLiteral("399.00")));
        }
    }
    CHECK(accountingPages >= 2);
    CHECK(accountingText.contains(QStringLiteral("3.80")));
    CHECK(accountingText.contains(QStringLiteral("53.20"))); // 14 × 3.80
    CHECK(accountingText.contains(QStringLiteral("399.00")));
}

TEST_CASE("A shipping order adds quantities up per unit, keeps a unit's name whole and leaves room to sign",
          "[sales][shipping][print]")
{
    qputenv("CRM_PRINT_TEMPLATES", CRM_SOURCE_PRINT_TEMPLATES);
    const TestDatabase testDatabase({QStringLiteral("core"), QStringLiteral("inventory"), QStringLiteral("sales")});
    const Database &db = testDatabase.db();
    initializeCompany(db);
    Settings(db).setValue(QStringLiteral("company.address"),
                          QStringLiteral("上海市浦东新区张江路 88 号 / 88 Zhangjiang Rd, Shanghai"));
    db.exec(QStringLiteral("INSERT INTO core_warehouse(uuid, code, name, created_at, updated_at) "
                           "VALUES ('w1', 'SH01', '上海总仓', '', '')"));
    // The units the company set-up makes: KG (kilogram) and PCS (piece) among them.
    const qint64 warehouse = db.scalar(QStringLiteral("SELECT id FROM core_warehouse")).toLongLong();
    const qint64 kg = db.scalar(QStringLiteral("SELECT id FROM core_unit WHERE code = 'KG'")).toLongLong();
    const qint64 pcs = db.scalar(QStringLiteral("SELECT id FROM core_unit WHERE code = 'PCS'")).toLongLong();
    const Party customer = makeCustomer(db, QStringLiteral("Distribuciones García S.L."));
    QList<SalesLine> lines;
    for (const auto &[unit, quantity] : QList<std::pair<qint64, int>>{{kg, 2}, {pcs, 2}, {kg, 1}}) {
        const Product p = makeProduct(db, {}, 500, [unit = unit](Product &x) { x.unitId = unit; });
        lines << SalesLine{0, p.id, p.name, Quantity::fromUnits(quantity), 0, 500, Rate(), Rate()};
    }
    const Shipment s = shipOrder(db, customer.id, warehouse, lines).shipment;

    Registry registry;
    setupPrintDocuments(registry);
    const PrintDocumentSpec *spec = registry.printDocument(QStringLiteral("sales.shipping_order"));
    REQUIRE(spec);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("shipping.pdf"));
    PrintJob::prepare(db, *spec, s.number).toPdf(pdf);
    const QString first = pdfPages(pdf).first();
    INFO(first.toStdString());
    CHECK(first.contains(QStringLiteral("Total quantity: 3 kilogram, 2 piece")));
    CHECK(first.count(QStringLiteral("kilogram")) == 3); // two lines and the total, never "kilogra / m"
    // The letterhead's address has a line of its own: "88 号" stays together.
    CHECK(first.contains(QStringLiteral("88 号")));
    // The signature boxes are taller than their one line of text.
    const QStringList rows = first.split(QLatin1Char('\n'));
    const auto signature = std::find_if(rows.cbegin(), rows.cend(),
                                        [](const QString &r) { return r.contains(QStringLiteral("Issued by")); });
    REQUIRE(signature != rows.cend());
    CHECK(std::distance(signature, rows.cend()) > 3);
}
