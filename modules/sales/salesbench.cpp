#include "salesbench.h"

#include "auth/user.h"
#include "db/database.h"
#include "db/error.h"
#include "model/benchdata.h"
#include "model/salesdocumentrepository.h"
#include "model/settings.h"
#include "model/shipmentrepository.h"
#include "module/benchtiming.h"
#include "module/registry.h"
#include "print/printjob.h"
#include "services/stockservice.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextDocument>

namespace Crm::Sales {

namespace {
using Bench::percentile;

class SalesBench
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Sales::SalesBench)
public:
    static QList<BenchFigure> run(const PageContext &ctx);
};

QList<BenchFigure> SalesBench::run(const PageContext &ctx)
{
    const Database &db = ctx.db;
    const QString actor = ctx.session.login();
    // Confirming reserves the stock when the inventory module is loaded.
    const SalesDocumentRepository repo(db, actor, ctx.registry.service<StockService>());
    BenchData::prepare(db);
    QList<BenchFigure> figures;

    // Baseline: one durable write transaction that changes one order's row.
    SalesDocument probe = BenchData::draft(db, SalesDocument::Kind::Order, 1);
    repo.save(probe);
    QList<qint64> bare;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        BenchData::touch(db, probe.id, i);
        bare << t.nsecsElapsed();
    }
    const double baseline = percentile(bare, 0.5);
    figures << BenchFigure{tr("baseline: one write transaction (p50)"), baseline, QStringLiteral("ms"), {}, 0};

    // Confirming 20-line orders: checks, guardrails and the status change.
    QList<qint64> confirm;
    QList<qint64> confirmed;
    for (int i = 0; i < 100; ++i) {
        SalesDocument d = BenchData::draft(db, SalesDocument::Kind::Order, 20);
        repo.save(d);
        QElapsedTimer t;
        t.start();
        repo.setStatus(d.id, QStringLiteral("confirmed"));
        confirm << t.nsecsElapsed();
        confirmed << d.id;
    }
    figures << BenchFigure{tr("confirm a 20-line order (p50 of %1)").arg(confirm.size()),
                           percentile(confirm, 0.5),
                           QStringLiteral("ms"),
                           {},
                           baseline};
    figures << BenchFigure{tr("confirm a 20-line order (p99)"), percentile(confirm, 0.99), QStringLiteral("ms"),
                           QStringLiteral("< 50 ms"), baseline};

    // Posting a 20-line shipment of each of those orders: checks, 20 stock moves
    // and on-hand rows, the order lines and status, in one transaction.
    if (const StockService *stock = ctx.registry.service<StockService>()) {
        const qint64 warehouse = BenchData::firstWarehouse(db);
        QList<StockMove> opening;
        for (const SalesLine &l : BenchData::draft(db, SalesDocument::Kind::Order, 20).lines)
            opening << StockMove{l.productId, warehouse, Quantity::fromUnits(100000)};
        stock->post(
            db, {QStringLiteral("bench.opening"), QStringLiteral("BENCH"), Database::newUuid(), QDate::currentDate()},
            opening);
        const ShipmentRepository shipments(db, actor, *stock);
        QList<qint64> post;
        for (qint64 order : confirmed) {
            Shipment s = shipments.draftFromOrders(Shipment::Kind::Shipment, {order}, warehouse);
            shipments.save(s);
            QElapsedTimer t;
            t.start();
            shipments.post(s.id);
            post << t.nsecsElapsed();
        }
        figures << BenchFigure{tr("post a 20-line shipment (p50 of %1)").arg(post.size()),
                               percentile(post, 0.5),
                               QStringLiteral("ms"),
                               {},
                               baseline};
        figures << BenchFigure{tr("post a 20-line shipment (p99)"), percentile(post, 0.99), QStringLiteral("ms"),
                               QStringLiteral("< 50 ms"), baseline};
    }

    // A 200-line quotation to PDF: data, template, layout, pages, file.
    const PrintDocumentSpec *print = ctx.registry.printDocument(QStringLiteral("sales.quotation"));
    if (!print)
        return figures;
    SalesDocument quotation = BenchData::draft(db, SalesDocument::Kind::Quotation, 200);
    repo.save(quotation);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("quotation.pdf"));
    QList<qint64> layout;
    QList<qint64> whole;
    int pages = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        PrintOverrides one;
        one.copies = 1;
        const PrintJob job = PrintJob::prepare(db, *print, quotation.number, one);
        const QString &html = job.html;
        pages = job.toPdf(pdf);
        whole << t.nsecsElapsed();
        // Baseline: laying out the same HTML once, without pages or a file.
        QElapsedTimer b;
        b.start();
        QTextDocument doc;
        doc.setHtml(html);
        doc.setPageSize(QSizeF(595, 842));
        doc.pageCount();
        layout << b.nsecsElapsed();
    }
    const double layoutBase = percentile(layout, 0.5);
    figures << BenchFigure{
        tr("baseline: lay out the 200-line quotation's HTML (p50)"), layoutBase, QStringLiteral("ms"), {}, 0};
    figures << BenchFigure{tr("200-line quotation to PDF, %1 pages (max of %2)").arg(pages).arg(whole.size()),
                           percentile(whole, 1.0), QStringLiteral("ms"), QStringLiteral("< 1000 ms"), layoutBase};
    return figures;
}
} // namespace

void setupBench(Registry &registry)
{
    registry.addBench({QStringLiteral("sales"), &SalesBench::run,
                       [](const PageContext &ctx) { return BenchData::keyboardEntry(ctx.db); }});
}

} // namespace Crm::Sales
