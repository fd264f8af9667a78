#include "pdftext.h"
#include "cli.h"
#include "shell.h"
#include "userdata.h"

#include "model/salesdocumentrepository.h"
#include "print/printsettings.h"
#include "services/stockservice.h"

#include <QProcess>
#include <QSqlQuery>

using namespace Crm;
using namespace Crm::Test;


TEST_CASE("crmsuite-cli prints a quotation to PDF with numbered copies", "[app][cli][print]")
{
    // The command reads the user's copies of templates: never a real user's.
    const TemporaryUserData userData;
    Shell shell(10);
    const QString dbPath = shell.db().path();
    // Read with scalar(): a query left open would hold a read snapshot, and the
    // settings written below after the command's own writes would find it stale.
    const QVariant customer =
        shell.db().scalar(QStringLiteral("SELECT id FROM core_party WHERE is_customer = 1 LIMIT 1"));
    REQUIRE(customer.isValid());
    const QVariant productId = shell.db().scalar(QStringLiteral("SELECT id FROM core_product LIMIT 1"));
    const QString productName =
        shell.db().scalar(QStringLiteral("SELECT name FROM core_product WHERE id = ?"), {productId}).toString();
    REQUIRE_FALSE(productName.isEmpty());
    Sales::SalesDocument d;
    d.customerId = customer.toLongLong();
    d.date = QDate(2026, 11, 2);
    d.currency = QStringLiteral("CNY");
    d.lines << Sales::SalesLine{0,      productId.toLongLong(), QString(), Quantity::fromUnits(3), 0, 12345,
                                Rate(), Rate::fromPercent(13)};
    Sales::SalesDocumentRepository(shell.db(), QStringLiteral("admin")).save(d);

    const QString pdf = shell.dir.filePath(QStringLiteral("quote.pdf"));
    const CliRun run =
        cli({QStringLiteral("print"), QStringLiteral("sales.quotation"), d.number, QStringLiteral("--db"), dbPath,
             QStringLiteral("--pdf"), pdf, QStringLiteral("--copies"), QStringLiteral("3")});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QString t = pdfPages(pdf).join(QLatin1Char('\f'));
    CHECK(t.contains(d.number));
    CHECK(t.contains(productName));
    CHECK(t.contains(QStringLiteral("418.50"))); // 3 × 123.45 = 370.35 + 13% = 418.50
    CHECK(t.contains(QStringLiteral("Customer copy")));
    CHECK(t.contains(QStringLiteral("File copy")));
    CHECK(t.contains(QStringLiteral("Copy 3 of 3")));
    CHECK(pdfPages(pdf).size() == 3);
    CHECK(sameSize(pdfPageSizeMm(pdf), QSizeF(210, 297)));

    // The paper and marks of the quotation's print settings.
    const PrintSettings settings(shell.db(), *shell.ctx.registry().printDocument(QStringLiteral("sales.quotation")));
    settings.setPaper(Paper::Continuous241x140);
    settings.setCopyMarks({QStringLiteral("Original"), QStringLiteral("Duplicado")});
    const QString form = shell.dir.filePath(QStringLiteral("form.pdf"));
    const CliRun configured =
        cli({QStringLiteral("print"), QStringLiteral("sales.quotation"), d.number, QStringLiteral("--db"), dbPath,
             QStringLiteral("--pdf"), form, QStringLiteral("--copies"), QStringLiteral("3")});
    INFO(configured.err.toStdString());
    REQUIRE(configured.status == 0);
    CHECK(sameSize(pdfPageSizeMm(form), QSizeF(241, 140)));
    const QStringList copies = pdfPages(form);
    REQUIRE(copies.size() % 3 == 0);
    const qsizetype perCopy = copies.size() / 3;
    CHECK(copies.first().contains(QStringLiteral("Original")));
    CHECK(copies.at(perCopy).contains(QStringLiteral("Duplicado")));
    CHECK(copies.last().contains(QStringLiteral("Copy 3 of 3")));
    CHECK_FALSE(copies.join(QLatin1Char('\f')).contains(QStringLiteral("Customer copy")));

    // A number that does not exist: a clear message, no file.
    const QString missing = shell.dir.filePath(QStringLiteral("missing.pdf"));
    const CliRun bad = cli({QStringLiteral("print"), QStringLiteral("sales.quotation"), QStringLiteral("QT-X-999"),
                            QStringLiteral("--db"), dbPath, QStringLiteral("--pdf"), missing});
    CHECK(bad.status == 1);
    CHECK(bad.err.contains(QStringLiteral("QT-X-999")));
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("crmsuite-cli check recomputes on-hand from the stock ledger and names a difference", "[app][cli][check]")
{
    Shell shell(10);
    const Database &db = shell.db();
    StockService *stock = shell.ctx.registry().service<StockService>();
    REQUIRE(stock);
    const qint64 product = db.scalar(QStringLiteral("SELECT min(id) FROM core_product")).toLongLong();
    // A warehouse the demo's opening stock leaves empty.
    const qint64 warehouse = db.scalar(QStringLiteral("SELECT min(id) FROM core_warehouse w WHERE NOT EXISTS "
                                                      "(SELECT 1 FROM inventory_move m WHERE m.warehouse_id = w.id)"))
                                 .toLongLong();
    REQUIRE(warehouse > 0);
    const QString code = db.scalar(QStringLiteral("SELECT code FROM core_product WHERE id = ?"), {product}).toString();
    stock->post(db, {QStringLiteral("test"), QStringLiteral("T-1"), Database::newUuid(), QDate(2026, 11, 1)},
                {{product, warehouse, Quantity::fromUnits(12)}});
    CliRun ok = cli({QStringLiteral("check"), QStringLiteral("--db"), db.path()});
    CHECK(ok.status == 0);
    CHECK(ok.out.contains(QStringLiteral("inventory.onhand: ok")));
    db.exec(
        QStringLiteral("UPDATE inventory_onhand SET quantity_milli = 5000 WHERE product_id = ? AND warehouse_id = ?"),
        {product, warehouse});
    CliRun bad = cli({QStringLiteral("check"), QStringLiteral("--db"), db.path()});
    CHECK(bad.status == 1);
    CHECK(bad.out.contains(code));
    CHECK(bad.out.contains(QStringLiteral("on hand 5, but the moves add up to 12")));
}
